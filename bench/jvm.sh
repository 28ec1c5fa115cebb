# Sourced by bench/run, bench/load and bench/flood: the JDK and the JVM settings they start the service with.

# the JVM settings of the image and the Deployment (deploy/k8s/jvm.options, a Java argument file: one flag a
# line, # for comments), unless HEAP is given
heap_given=${HEAP+yes}
[ -n "$heap_given" ] || HEAP=$(sed -e 's/#.*//' deploy/k8s/jvm.options | xargs)
# glibc's malloc arenas, as the Dockerfile sets them
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-$(sed -n 's/^ENV MALLOC_ARENA_MAX=\([0-9]*\)$/\1/p' Dockerfile)}

# the newest JDK on the machine
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1 || true)
  [ -n "$JAVA_HOME" ] || JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
# a flag that an older JDK does not know is left out, and said so
if [ -z "$heap_given" ] && ! "$JAVA_HOME/bin/java" $HEAP -version >/dev/null 2>&1; then
  known=""
  for flag in $HEAP; do
    if "$JAVA_HOME/bin/java" "$flag" -version >/dev/null 2>&1; then
      known="${known:+$known }$flag"
    else
      echo "bench: $JAVA_HOME does not know $flag; left out" >&2
    fi
  done
  HEAP=$known
fi
JAVA="$JAVA_HOME/bin/java"

# Sourced by bench/run and bench/load: the JDK and the JVM settings they start the service with.

# the JVM settings of the Dockerfile, unless HEAP is given
heap_given=${HEAP+yes}
HEAP=${HEAP:--Xmx96m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=96m -XX:+ExitOnOutOfMemoryError}
# glibc's malloc keeps one arena per thread that allocates; two are enough for this service
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# the newest JDK on the machine
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1 || true)
  [ -n "$JAVA_HOME" ] || JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
# Java 22 and newer hand the native memory the JVM has freed back to the system every 5 s, as the Dockerfile has it
if [ -z "$heap_given" ] && "$JAVA_HOME/bin/java" -XX:TrimNativeHeapInterval=5000 -version >/dev/null 2>&1; then
  HEAP="$HEAP -XX:TrimNativeHeapInterval=5000"
fi
JAVA="$JAVA_HOME/bin/java"

# syntax=docker/dockerfile:1
# smtp-codes: build with the project's Maven wrapper on a JDK, run on a Java 25 JRE as a non-root user.
#   docker build -t smtp-codes:1.0.0 \
#     --build-arg GIT_COMMIT="$(git rev-parse HEAD)" --build-arg GIT_COMMIT_TIME="$(git log -1 --format=%ct)" .
#   docker run -p 8080:8080 smtp-codes:1.0.0

# One Temurin release for both stages, pinned by its exact version (release 25.0.3, build 9). Add a digest
# (image:tag@sha256:...) where the registry can be asked for it; a tag of a version is not moved to a newer
# release, but may be rebuilt with the base system's fixes.
ARG TEMURIN=25.0.3_9

FROM eclipse-temurin:${TEMURIN}-jdk-noble AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src/main src/main
# The commit the image is built from, for /actuator/info and the image's label. The build context holds no
# .git (.dockerignore: it is large, and changes with every commit, which would defeat the layer cache), so
# the git-commit-id plugin, which would write an empty git.properties, is skipped, and git.properties is
# written from these arguments (the commit, and its time in seconds since the epoch). Without them the
# image's info has no git section.
ARG GIT_COMMIT=""
ARG GIT_COMMIT_TIME=""
# Built with Spring AOT (-Paot: the application context worked out at build time, on the Java that runs
# it), then extracted in layers (libraries first, the application last) and without the launcher, so that
# the JVM's ahead-of-time cache can hold the application's classes.
RUN if [ -n "$GIT_COMMIT" ]; then \
      mkdir -p target/classes \
      && printf 'git.commit.id=%s\ngit.commit.time=%s\n' "$GIT_COMMIT" "$GIT_COMMIT_TIME" > target/classes/git.properties; \
    fi \
    && ./mvnw -B -q -Paot package -Dmaven.test.skip=true -Dmaven.gitcommitid.skip=true \
    && cp target/smtp-codes-*.jar app.jar \
    && java -Djarmode=tools -jar app.jar extract --layers --destination extracted

FROM eclipse-temurin:${TEMURIN}-jre-noble
# a user and group with numbers, which USER gives as numbers, so that runAsNonRoot can check them
RUN groupadd --system --gid 10001 smtpcodes \
    && useradd --system --uid 10001 --gid smtpcodes --no-create-home smtpcodes
WORKDIR /app
# two malloc arenas: glibc's malloc keeps one per thread that allocates, and two are enough here
ENV MALLOC_ARENA_MAX=2
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
# the JVM settings (a Java argument file), which the Deployment mounts again from the same file
COPY deploy/k8s/jvm.options /app/jvm.options
COPY --from=build /build/extracted/application/ ./
# Java 25's ahead-of-time cache, trained by a run that stops once the application context is refreshed,
# on the JVM settings it runs with: with Spring AOT it takes the time from start to first answer from
# about 4.7 s to 1.5 s (bench/results.md). It holds the application's classes, so a change of the code or
# the catalogue ships two layers: the application (a few MB) and this cache (about 72 MB); the libraries'
# layers stay. Beans that settings switch on or off (which actuator endpoints exist, springdoc.*.enabled)
# are fixed when the image is built; the values of settings are read when it starts. The training run's
# files in /tmp (Tomcat's work directories, the JVM's performance data), owned by root, are removed in the
# same layer, so the image's /tmp is empty.
RUN java @/app/jvm.options -Dspring.aot.enabled=true -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh \
      -jar app.jar \
    && find /tmp -mindepth 1 -delete
USER 10001:10001
# the API, and the actuator (health details, info, metrics) for operators and the platform only
EXPOSE 8080 8081
# No HEALTHCHECK: one would start a JVM, or need a shell and an HTTP client, at every interval, and OCI-format
# builds drop it. Kubernetes probes /livez and /readyz itself (deploy/k8s/deployment.yaml); elsewhere, ask
# the service: curl -fs 127.0.0.1:8080/readyz.
ENTRYPOINT ["java", "@/app/jvm.options", "-Dspring.aot.enabled=true", "-XX:AOTCache=app.aot", "-jar", "app.jar"]
ARG GIT_COMMIT=""
LABEL org.opencontainers.image.revision="${GIT_COMMIT}"

# syntax=docker/dockerfile:1
# smtp-codes: build with the project's Maven wrapper on a JDK, run on a Java 25 JRE as a non-root user.
#   docker build -t smtp-codes .
#   docker run -p 8080:8080 smtp-codes

FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
# Built with Spring AOT (-Paot: the application context worked out at build time, on the Java that runs
# it), then extracted in layers (libraries first, the application last), so that a rebuild after a change
# of the catalogue or the code ships only the last layer; extracted without the launcher, so that the JVM's
# ahead-of-time cache can hold the application's classes.
RUN ./mvnw -B -q -Paot package -DskipTests \
    && cp target/smtp-codes-*.jar app.jar \
    && java -Djarmode=tools -jar app.jar extract --layers --destination extracted

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 smtpcodes \
    && useradd --system --uid 10001 --gid smtpcodes --no-create-home smtpcodes
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# A fixed, small heap (the catalogue is a few MiB), the serial collector (short pauses on one or two cores),
# small thread stacks, code cache and metaspace, two malloc arenas, and the native memory the JVM frees
# handed back to the system every 5 s: about 240 MiB resident under load (bench/results.md, bench/load).
ENV JAVA_TOOL_OPTIONS="-Xmx96m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=96m -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError" \
    MALLOC_ARENA_MAX=2
# Java 25's ahead-of-time cache, trained by a run that stops once the application context is refreshed:
# with Spring AOT it takes the time from start to first answer from about 4.7 s to 1.5 s (bench/results.md).
# Beans that settings switch on or off (which actuator endpoints exist, springdoc.*.enabled) are fixed when
# the image is built; the values of settings are read when it starts.
RUN java -Dspring.aot.enabled=true -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar app.jar
USER smtpcodes
# the API, and the actuator (health details, info, metrics) for operators and the platform only
EXPOSE 8080 8081
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["java", "-XX:TieredStopAtLevel=1", "-cp", "/app/app.jar", "org.smtpcodes.system.HealthCheck"]
ENTRYPOINT ["java", "-Dspring.aot.enabled=true", "-XX:AOTCache=app.aot", "-jar", "app.jar"]

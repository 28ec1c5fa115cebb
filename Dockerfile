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
RUN ./mvnw -B -q package -DskipTests \
    && cp target/smtp-codes-*.jar app.jar \
    && java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# The layers change from the least to the most often, so that a rebuild after a change of the catalogue
# or the code ships only the last layer.
FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 smtpcodes \
    && useradd --system --uid 10001 --gid smtpcodes --no-create-home smtpcodes
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER smtpcodes
EXPOSE 8080
# Container-aware heap: 60% of the memory limit; a small, fixed thread stack for the virtual-thread runtime.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+UseSerialGC -Xss512k -XX:+ExitOnOutOfMemoryError"
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["java", "-XX:TieredStopAtLevel=1", "-cp", "/app/BOOT-INF/classes", "org.smtpcodes.system.HealthCheck"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]

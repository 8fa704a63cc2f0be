# syntax=docker/dockerfile:1
# newsgraph: build with the Maven wrapper on a JDK, run on a JRE 25 as a non-root user.

FROM eclipse-temurin:25.0.1_8-jdk-noble AS build
WORKDIR /workspace
# dependencies first: this layer is rebuilt only when the build itself changes
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY db db
COPY seeds seeds
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -DskipTests package \
    && java -Djarmode=tools -jar target/newsgraph-*.jar extract --layers --launcher --destination target/extracted

FROM eclipse-temurin:25.0.1_8-jre-noble
RUN groupadd --system newsgraph && useradd --system --gid newsgraph --home-dir /app --no-create-home newsgraph
WORKDIR /app
# one layer per Boot layer, least often changed first
COPY --from=build /workspace/target/extracted/dependencies/ ./
COPY --from=build /workspace/target/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/target/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/target/extracted/application/ ./
COPY --from=build /workspace/seeds ./seeds
USER newsgraph
ENV NEWSGRAPH_SEED_DIR=/app/seeds \
    PORT=8080
EXPOSE 8080
# readiness: up once the dataset is loaded and while the database answers (bash only, no curl in the image)
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]

# Stratus: a local emulator of API Gateway, Lambda and DynamoDB, as a container image.
#
# Build the jars first (nothing is downloaded inside the build), then the image:
#   mvn -B -DskipTests package
#   docker build -t stratus .
# Run it:
#   docker run -p 4566:4566 stratus                                   # the example application
#   docker run -p 4566:4566 -v "$PWD:/project" stratus                # your project's /project/template.yaml
#   docker run -p 4566:4566 -v stratus-data:/data -e STRATUS_DATA_DIR=/data stratus
#
# There is no Maven in the image: a function whose CodeUri is a Maven project must be built on the host
# (sam build's .aws-sam/build/<Function> directories, or a shaded jar) - see docs/container.md.
#
# BASE_IMAGE is any image with a Java 17+ runtime and bash; machines without a registry build
# their own (see scripts/container-smoke.sh).
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}

# A fixed uid/gid so files written to a mounted /data have a predictable owner.
RUN groupadd --gid 10001 stratus \
    && useradd --uid 10001 --gid stratus --home-dir /opt/stratus --no-create-home \
        --shell /usr/sbin/nologin stratus \
    && mkdir -p /opt/stratus /project /data \
    && chown stratus:stratus /data

COPY server/target/stratus.jar /opt/stratus/stratus.jar

# The example application as a deployment would have it: its template, its code as one shaded jar, and the
# public key set its JWT route trusts (-e STRATUS_JWKS=/project/jwks.json; not the default, so that a
# project mounted over /project needs no jwks.json). The template's CodeUri names the Maven project
# (items-app), which is not in the image; the copy here points at the built jar instead.
COPY examples/template.yaml examples/jwks.json /project/
COPY examples/items-app/target/items-app.jar /project/items-app.jar
RUN sed -i 's#^\(    CodeUri:\) items-app$#\1 items-app.jar#' /project/template.yaml \
    && grep -q 'CodeUri: items-app.jar$' /project/template.yaml

# Defaults go through the environment the server reads (command-line options win), so that
# `docker run stratus --template /x.yaml` keeps listening on 0.0.0.0:4566 instead of replacing a
# default argument list. STRATUS_DATA_DIR is deliberately unset: tables are in memory unless the
# user asks for /data (or any directory) with -e STRATUS_DATA_DIR=/data.
ENV STRATUS_HOST=0.0.0.0 \
    STRATUS_PORT=4566 \
    STRATUS_TEMPLATE=/project/template.yaml

USER stratus:stratus
WORKDIR /project
EXPOSE 4566
VOLUME /data

# bash's /dev/tcp rather than curl: recent eclipse-temurin images no longer ship curl
# (adoptium/adoptium-support#1413), and the check must work on any base image with bash.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/4566 && printf 'GET /_stratus/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# Extra JVM flags go in JAVA_TOOL_OPTIONS, which the JVM reads on its own.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/stratus/stratus.jar"]

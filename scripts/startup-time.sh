#!/usr/bin/env bash
# Measures Stratus's start-up time as a user feels it: from launching `java -jar stratus.jar` to the
# first successful DynamoDB ListTables. Prints the milliseconds on stdout; details go to stderr.
#
#   scripts/startup-time.sh [path/to/stratus.jar] [stratus options...]
#   scripts/startup-time.sh --template examples/template.yaml
#
# Options after the jar (or in its place, when the first argument starts with --) go to Stratus, e.g. a
# template. STRATUS_STARTUP_PATH=/catalog/items probes with a GET of that path (an API route, so the time
# includes the function's cold start) instead of ListTables.
# JVM flags come from STRATUS_JAVA_OPTS (default none: a plain `java -jar`, the figure the issue
# asks for; e.g. STRATUS_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" shows what C1-only
# and the serial collector save). STRATUS_STARTUP_RUNS=N measures N starts and prints each.
# STRATUS_CDS=1 adds an application class-data archive (AppCDS, JDK 17 style): a first, unmeasured
# run records the loaded classes into STRATUS_CDS_ARCHIVE (default: next to the jar), later runs map
# them instead of loading them from the jar. A launcher or Dockerfile can do the same.
# Needs java and curl; builds nothing (run `mvn -pl server -am package -DskipTests` first).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
jar=$here/../server/target/stratus.jar
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then
  jar=$1
  shift
fi
stratus_args=("$@")
probe_path=${STRATUS_STARTUP_PATH-}
java_opts=${STRATUS_JAVA_OPTS-}
runs=${STRATUS_STARTUP_RUNS:-1}
cds_archive=${STRATUS_CDS_ARCHIVE:-${jar%.jar}.jsa}

[ -f "$jar" ] || { echo "startup-time: $jar not found; build it with mvn -pl server -am package -DskipTests" >&2; exit 1; }

# shellcheck source=lib/free-port.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/free-port.sh"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# One start of the jar with flags "$1": prints the milliseconds until ListTables answered 200.
measure_once() {
  local flags=$1 port log pid started status elapsed
  port=$(free_port)
  log=$(mktemp)
  started=$(now_ms)
  # shellcheck disable=SC2086 # flags is a list of flags
  java $flags -jar "$jar" --port "$port" --log-level warn "${stratus_args[@]}" >"$log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  while :; do
    if [ -n "$probe_path" ]; then
      status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$probe_path" || true)
    else
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/" \
      -H 'Content-Type: application/x-amz-json-1.0' \
      -H 'X-Amz-Target: DynamoDB_20120810.ListTables' \
      -H 'X-Amz-Date: 20240101T000000Z' \
      -H 'Authorization: AWS4-HMAC-SHA256 Credential=a/20240101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=x' \
      --data '{}' || true)
    fi
    [ "$status" = 200 ] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "startup-time: stratus exited before answering:" >&2
      cat "$log" >&2
      rm -f "$log"
      return 1
    fi
    sleep 0.005
  done
  elapsed=$(( $(now_ms) - started ))
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  trap - EXIT
  rm -f "$log"
  echo "$elapsed"
}

if [ "${STRATUS_CDS:-}" = 1 ]; then
  if [ ! -f "$cds_archive" ] || [ "$cds_archive" -ot "$jar" ]; then
    echo "startup-time: recording class-data archive $cds_archive" >&2
    rm -f "$cds_archive"
    # The JVM writes the archive when it exits normally, which the SIGTERM from measure_once causes.
    measure_once "$java_opts -XX:ArchiveClassesAtExit=$cds_archive -Xlog:cds=off -Xlog:cds+dynamic=off" >/dev/null
    for _ in $(seq 1 100); do [ -f "$cds_archive" ] && break; sleep 0.1; done
  fi
  java_opts="$java_opts -XX:SharedArchiveFile=$cds_archive"
fi

echo "startup-time: java ${java_opts:-(no flags)} -jar $jar ${stratus_args[*]-}${probe_path:+ (probe: GET $probe_path)}" >&2
for _ in $(seq 1 "$runs"); do
  measure_once "$java_opts"
done

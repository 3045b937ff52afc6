#!/usr/bin/env bash
# Measures Stratus over the wire: starts server/target/stratus.jar in memory on a free loopback
# port, runs the WireLoad scenarios against it (PutItem, GetItem, Query of 100 items, 80/20 mix, and
# API Gateway GET/POST to a trivial Java function; keep-alive HTTP/1.1, closed loop), prints a table of req/s and p50/p90/p99/max latency, and
# stops the server. Exits non-zero when any request failed.
#
#   scripts/load.sh                          # every scenario, 8 connections, 5 s warm-up + 15 s each
#   scripts/load.sh --scenario getitem,query --connections 16
#   scripts/load.sh --scenario apiget,apipost   # API Gateway: Stratus starts with bench/api-bench.yaml
#
# Arguments go to WireLoad after the defaults (a later option wins); see its --help. Environment:
#   LOAD_CONNECTIONS (8), LOAD_WARMUP (5), LOAD_DURATION (15)  the defaults above
#   STRATUS_JAVA_OPTS   JVM flags for the server (default none)
#   LOAD_JAVA_OPTS      JVM flags for the load generator (default none)
#   LOAD_BUILD=1        rebuild both jars first (otherwise only missing jars are built)
# Needs java, curl and Maven (for building). Both processes share the machine: on few cores the
# client takes CPU from the server, so compare figures from the same machine only.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
server_jar=$root/server/target/stratus.jar
bench_jar=$root/bench/target/benchmarks.jar

if [ ! -f "$server_jar" ] || [ "${LOAD_BUILD:-}" = 1 ]; then
  echo "load: building $server_jar" >&2
  (cd "$root" && mvn -B -q -pl server -am package -DskipTests)
fi
if [ ! -f "$bench_jar" ] || [ "${LOAD_BUILD:-}" = 1 ]; then
  echo "load: building $bench_jar" >&2
  (cd "$root" && mvn -B -q -pl bench -am package -DskipTests)
fi

# shellcheck source=lib/free-port.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/free-port.sh"

# The API Gateway scenarios need the bench function's template; any run that selects them (or all) gets it.
template_args=()
scenario=all
prev=
for arg in "$@"; do
  case "$arg" in --scenario=*) scenario=${arg#--scenario=} ;; esac
  [ "$prev" = --scenario ] && scenario=$arg
  prev=$arg
done
case "$(echo "$scenario" | tr '[:upper:]' '[:lower:]')" in
  *api*|*all*) template_args=(--template "$root/bench/api-bench.yaml") ;;
esac

port=$(free_port)
log=$(mktemp)
# shellcheck disable=SC2086 # STRATUS_JAVA_OPTS is a list of flags
java ${STRATUS_JAVA_OPTS-} -jar "$server_jar" --host 127.0.0.1 --port "$port" --log-level warn \
  "${template_args[@]}" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT

for _ in $(seq 1 600); do
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/" \
    -H 'Content-Type: application/x-amz-json-1.0' \
    -H 'X-Amz-Target: DynamoDB_20120810.ListTables' \
    -H 'X-Amz-Date: 20240101T000000Z' \
    -H 'Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=0' \
    --data '{}' || true)
  [ "$status" = 200 ] && break
  if ! kill -0 "$server" 2>/dev/null; then
    echo "load: stratus exited before answering:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.05
done
[ "$status" = 200 ] || { echo "load: stratus did not answer within 30 s" >&2; cat "$log" >&2; exit 1; }

echo "load: stratus on 127.0.0.1:$port (pid $server); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# shellcheck disable=SC2086 # LOAD_JAVA_OPTS is a list of flags
rc=0
java ${LOAD_JAVA_OPTS-} -cp "$bench_jar" io.stratus.bench.WireLoad --endpoint "http://127.0.0.1:$port" \
  --connections "${LOAD_CONNECTIONS:-8}" --warmup "${LOAD_WARMUP:-5}" --duration "${LOAD_DURATION:-15}" "$@" || rc=$?
echo "load: load average after the run $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if [ "$rc" != 0 ] && [ -s "$log" ]; then
  echo "load: server log:" >&2
  tail -n 50 "$log" >&2
fi
exit "$rc"

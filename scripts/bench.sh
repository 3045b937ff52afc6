#!/usr/bin/env bash
# Runs the engine's JMH benchmarks (bench/target/benchmarks.jar) with settings short enough for a
# 2-core machine: one fork, 3 x 1 s warm-up, 5 x 2 s measurement, one thread. Arguments go to JMH
# after those settings (a benchmark regex, profilers, -p parameters), e.g.
#
#   scripts/bench.sh                                   # every benchmark
#   scripts/bench.sh GetItemBenchmark -prof gc         # one class, with bytes allocated per operation
#   scripts/bench.sh QueryBenchmark -prof stack        # where the CPU goes (JMH's sampling profiler)
#   BENCH_JMH_OPTS="-f 3 -wi 5 -i 10" scripts/bench.sh # other settings (JMH rejects a repeated option,
#                                                      # so change them here, not in the arguments)
#
# Builds the jar (and the engine it measures) when it is missing or BENCH_BUILD=1.
# See docs/performance.md for what each benchmark measures and the figures so far.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
jar=$root/bench/target/benchmarks.jar
jmh_opts=${BENCH_JMH_OPTS:--f 1 -wi 3 -i 5 -w 1s -r 2s -t 1}

if [ ! -f "$jar" ] || [ "${BENCH_BUILD:-}" = 1 ]; then
  echo "bench: building $jar" >&2
  (cd "$root" && mvn -B -q -pl bench -am package -DskipTests)
fi

# shellcheck disable=SC2086 # jmh_opts is a list of options
exec java -jar "$jar" $jmh_opts "$@"

#!/usr/bin/env bash
# Measures Lambda invocation through Stratus's Invoke API over HTTP: the cold start of a trivial function
# (first invoke, which creates its execution environment) against a warm one, then N sequential warm invokes
# (default 2000, after as many warm-up invokes) with mean, p50, p99 and max. The handler and the harness are
# conformance-tests test classes (InvokeLatencyBench), run on the module's test classpath.
#
#   scripts/lambda-bench.sh            # 2000 invokes
#   scripts/lambda-bench.sh 10000      # more
#
# Builds the test classes first (offline Maven) and needs the server module installed in ~/.m2.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
module=$(cd "$here/../conformance-tests" && pwd)
count=${1:-2000}

cd "$module"
mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test
exec java -cp "target/test-classes:$(cat target/bench-classpath.txt)" \
    io.stratus.conformance.lambda.InvokeLatencyBench "$count"

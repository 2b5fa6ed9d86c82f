#!/usr/bin/env bash
# Builds the benchmark jar and runs the whole comparison. Arguments go to the benchmark: --help lists them,
# --quick gives a short run.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests
exec java -jar benchmarks/target/benchmarks.jar "$@"

#!/usr/bin/env bash
# What the selfie inspection adds to the face step's latency (issue 13): FaceStepLatencyBenchmark runs the real
# CheckFace with the real Rekognition adapters against the loopback RecordedAwsServer, which answers CompareFaces and
# DetectFaces after the given latencies; it prints a Markdown table (median and p90 per arrangement).
#
# Usage: onboarding-adapters-aws/bench/face-step.sh [rounds] [compare-ms] [detect-ms]      (default 30 400 250)
set -euo pipefail

MODULE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT_DIR="$(cd "$MODULE_DIR/.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

cd "$ROOT_DIR"
# one reactor build (domain, codec, this module) that writes the test classpath; nothing is installed into ~/.m2
./mvnw -q -o -pl onboarding-adapters-aws -am test-compile -Pclient-startup-bench -Dfauxqs.install.skip=true
"$JAVA" -cp "$MODULE_DIR/target/classes:$MODULE_DIR/target/test-classes:$(cat "$MODULE_DIR/target/bench-classpath/test.cp")" \
    io.onboarding.adapters.aws.bench.FaceStepLatencyBenchmark "${1:-30}" "${2:-400}" "${3:-250}" 2> /dev/null

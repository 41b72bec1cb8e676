#!/usr/bin/env bash
# SDK client start-up benchmark (issue 3): URLConnection vs AWS CRT HTTP client.
#
# Each run is a fresh JVM that builds all six SDK clients through AwsClientFactory and makes one first call on
# each (S3, DynamoDB, SQS against S3Proxy, DynamoDB Local and ElasticMQ; SNS, Rekognition and Textract against a
# loopback stub). The local servers run in a separate JVM so they do not count. The two HTTP clients alternate
# within every round, so both see the same machine state. Results: target/bench/results.txt and a summary table;
# the measured JVMs' stderr (SLF4J's "no providers" notice: the runtime classpath has no logging backend, as in
# the Lambda) goes to target/bench/bench.stderr.
#
# Usage: onboarding-adapters-aws/bench/client-startup.sh [runs-per-client]      (default 5)
#        BENCH_JAVA_OPTS="-XX:TieredStopAtLevel=1" onboarding-adapters-aws/bench/client-startup.sh
#        BENCH_SERVICES=dynamodb,sns onboarding-adapters-aws/bench/client-startup.sh      (a subset, in that order)
set -euo pipefail

RUNS="${1:-5}"
MODULE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT_DIR="$(cd "$MODULE_DIR/.." && pwd)"
OUT="$MODULE_DIR/target/bench"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
read -r -a JAVA_OPTS <<< "${BENCH_JAVA_OPTS:-}"
SERVICES=(${BENCH_SERVICES:+"$BENCH_SERVICES"})

mkdir -p "$OUT"
rm -f "$OUT/results.txt" "$OUT/endpoints" "$OUT/servers.stdin" "$OUT/bench.stderr"

cd "$ROOT_DIR"
# one reactor build (domain + this module): compiles the benchmark and writes both classpaths
# (profile client-startup-bench); nothing is installed into ~/.m2, and the SNS emulator is not needed here
./mvnw -q -pl onboarding-adapters-aws -am test-compile -Pclient-startup-bench -Dfauxqs.install.skip=true
cp "$MODULE_DIR/target/bench-classpath/runtime.cp" "$MODULE_DIR/target/bench-classpath/test.cp" "$OUT/"

CLASSES="$MODULE_DIR/target/classes:$MODULE_DIR/target/test-classes"
# CRT is a test-scope dependency: add exactly its two jars to the Lambda-like runtime classpath, for both clients
CRT_JARS="$(tr ':' '\n' < "$OUT/test.cp" | grep -E '/aws-crt(-client)?-[0-9][^/]*\.jar$' | paste -sd: -)"
BENCH_CP="$CLASSES:$(cat "$OUT/runtime.cp"):$CRT_JARS"

# local servers in their own JVM; they stop when we close the write end of their stdin
mkfifo "$OUT/servers.stdin"
DDB_LOCAL_TELEMETRY=0 "$JAVA" -cp "$CLASSES:$(cat "$OUT/test.cp")" \
    io.onboarding.adapters.aws.bench.LocalServersMain "$OUT/endpoints" \
    < "$OUT/servers.stdin" > "$OUT/servers.log" 2>&1 &
SERVERS_PID=$!
exec 3> "$OUT/servers.stdin"
trap 'exec 3>&-; wait "$SERVERS_PID" 2> /dev/null || true; rm -f "$OUT/servers.stdin"' EXIT

for _ in $(seq 1 120); do
  [[ -s "$OUT/endpoints" ]] && break
  sleep 0.5
done
[[ -s "$OUT/endpoints" ]] || { echo "local servers did not start, see $OUT/servers.log" >&2; exit 1; }
mapfile -t ENDPOINTS < "$OUT/endpoints"

# one untimed warm-up per client (page cache, CRT native library extraction), then the measured rounds
for client in url crt; do
  "$JAVA" "${JAVA_OPTS[@]}" "${ENDPOINTS[@]}" -cp "$BENCH_CP" \
      io.onboarding.adapters.aws.bench.ClientStartupBenchmark "$client" "${SERVICES[@]}" > /dev/null 2>> "$OUT/bench.stderr"
done
for round in $(seq 1 "$RUNS"); do
  for client in url crt; do
    line="$("$JAVA" "${JAVA_OPTS[@]}" "${ENDPOINTS[@]}" -cp "$BENCH_CP" \
        io.onboarding.adapters.aws.bench.ClientStartupBenchmark "$client" "${SERVICES[@]}" 2>> "$OUT/bench.stderr")"
    echo "round=$round $line" | tee -a "$OUT/results.txt"
  done
done

awk '
  function median(values, n,   sorted, i, j, t) {
    for (i = 1; i <= n; i++) sorted[i] = values[i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
    return (n % 2) ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
  }
  {
    for (f = 1; f <= NF; f++) { split($f, kv, "="); v[kv[1]] = kv[2] }
    c = v["client"]; n[c]++
    elapsed[c, n[c]] = v["elapsed_ms"]; uptime[c, n[c]] = v["uptime_ms"]; classes[c, n[c]] = v["loaded_classes"]
  }
  END {
    for (c in n) {
      for (i = 1; i <= n[c]; i++) { e[i] = elapsed[c, i]; u[i] = uptime[c, i]; k[i] = classes[c, i] }
      me[c] = median(e, n[c]); mu[c] = median(u, n[c]); mk[c] = median(k, n[c])
    }
    printf "| HTTP client | runs | median elapsed in main (ms) | median JVM uptime at end (ms) | median loaded classes |\n"
    printf "|---|---|---|---|---|\n"
    printf "| url-connection-client | %d | %d | %d | %d |\n", n["url"], me["url"], mu["url"], mk["url"]
    printf "| aws-crt-client | %d | %d | %d | %d |\n", n["crt"], me["crt"], mu["crt"], mk["crt"]
    printf "\nCRT / URLConnection: elapsed %.2f, uptime %.2f, classes %.2f\n", me["crt"] / me["url"], mu["crt"] / mu["url"], mk["crt"] / mk["url"]
  }' "$OUT/results.txt" | tee "$OUT/summary.md"

#!/usr/bin/env bash
# Launch-to-decision benchmark (issue 10): one application's time from the hand-over of its upload event to the
# APPROVED decision in its record, through Part 1 (DocumentLambdaFunction, LicenseQueue, SubmitLicenseLambdaFunction)
# and through the workflow (StartApplicationFunction, the state machine of template.yaml in the local interpreter,
# the same queue and SubmitLicenseLambdaFunction answering the waiting execution), side by side on the local
# servers, cold and warm. Method and results: docs/performance.md, "Launch to decision: the workflow and Part 1".
#
# The local servers (S3Proxy, DynamoDB Local, ElasticMQ, fauxqs, recorded Rekognition/Textract, a validator answering
# true) run in one JVM for the whole run (LaunchToDecisionServers), which uploads one fresh renamed copy of the
# approved sample per application beforehand. The functions run in measured JVMs (LaunchToDecisionBenchmark), each
# of which first starts the Lambda Invoke API stand-in and the Step Functions harness (Node):
#   cold: a fresh JVM per application; its clock also covers the functions' INIT (SDK clients, Dagger, handlers).
#         One untimed cold run per orchestration first (page cache), then the rounds: Part 1 and the workflow
#         alternate, the order swapping from round to round.
#   warm: one JVM with both orchestrations wired once; untimed warm-ups, then the rounds, alternating the same way.
# The measured JVMs run with template.yaml's JAVA_TOOL_OPTIONS (given on the command line) and without logback
# (like the function jars, which carry no logging backend).
#
# Usage: onboarding-lambdas/bench/launch-to-decision.sh [warm-rounds] [cold-rounds]     (defaults 20 and 5)
#   BENCH_WARM_UPS=3              untimed applications per orchestration before the warm rounds
#   BENCH_JAVA_OPTS="..."         JVM options of the measured JVMs instead of template.yaml's (may be empty)
#   BENCH_SKIP_BUILD=1            reuse the classes and classpaths already built
# Output: onboarding-lambdas/target/bench-launch-to-decision/ (results.txt one line per timed application,
# warmups.txt the untimed ones, summary.md the tables, runs/ each JVM's output, work/decisions.txt the servers'
# final read of every record).
set -euo pipefail
export LC_ALL=C

WARM_ROUNDS="${1:-20}"
COLD_ROUNDS="${2:-5}"
WARM_UPS="${BENCH_WARM_UPS:-3}"
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MODULE_DIR="$(cd "$BENCH_DIR/.." && pwd)"
ROOT_DIR="$(cd "$MODULE_DIR/.." && pwd)"
OUT="$MODULE_DIR/target/bench-launch-to-decision"
JAVA="$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")"
command -v node > /dev/null || { echo "node is needed for the Step Functions harness and fauxqs" >&2; exit 1; }
# the flags Lambda starts the functions with: template.yaml's Globals JAVA_TOOL_OPTIONS
C1_OPTIONS="$(sed -n 's/^ *JAVA_TOOL_OPTIONS: *//p' "$ROOT_DIR/template.yaml" | head -1)"
read -r -a MEASURED_OPTS <<< "${BENCH_JAVA_OPTS-$C1_OPTIONS}"

rm -rf "$OUT"
mkdir -p "$OUT/runs" "$OUT/work"
cd "$ROOT_DIR"
if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
  # one reactor build (domain, adapters, lambdas) that also writes the classpaths (profile cold-start-bench), nothing
  # installed into ~/.m2. -DskipTests alone would skip installing the npm tools: fauxqs (SNS) and the workflow's
  # aws-local-stepfunctions, so both are asked for.
  ./mvnw -B -ntp -q -pl onboarding-lambdas -am package -DskipTests -Dfauxqs.install.skip=false \
      -Dworkflow.tools.install.skip=false -Pcold-start-bench
fi
[[ -s "$MODULE_DIR/target/bench-classpath/test.cp" ]] \
    || { echo "no $MODULE_DIR/target/bench-classpath/test.cp: run once without BENCH_SKIP_BUILD" >&2; exit 1; }
[[ -d "$MODULE_DIR/src/test/workflow/node_modules/aws-local-stepfunctions" ]] \
    || { echo "aws-local-stepfunctions is not installed: run once without BENCH_SKIP_BUILD" >&2; exit 1; }
TEST_CP="$(cat "$MODULE_DIR/target/bench-classpath/test.cp")"
SERVERS_CP="$MODULE_DIR/target/test-classes:$MODULE_DIR/target/classes:$TEST_CP"
MEASURED_CP="$MODULE_DIR/target/test-classes:$MODULE_DIR/target/classes:$(tr ':' '\n' <<< "$TEST_CP" \
    | grep -Ev '/logback-(classic|core)-[^/]*\.jar$' | paste -sd:)"
PROPS=(-Dworkflow.dir="$MODULE_DIR/src/test/workflow")

# one upload per application: cold warm-ups and rounds, warm-ups and warm rounds, spares for repeated ones
SPARES=10
APPS=$(( 2 * (COLD_ROUNDS + 1) + 2 * (WARM_UPS + WARM_ROUNDS) + SPARES ))

# local servers in their own JVM; they stop when we close the write end of their stdin
mkfifo "$OUT/servers.stdin"
DDB_LOCAL_TELEMETRY=0 "$JAVA" -Dfauxqs.dir="$ROOT_DIR/onboarding-adapters-aws/src/test/fauxqs" -cp "$SERVERS_CP" \
    io.onboarding.lambdas.bench.LaunchToDecisionServers "$OUT/work" "$ROOT_DIR/UnitTests/8d247914.zip" "$APPS" \
    < "$OUT/servers.stdin" > "$OUT/servers.log" 2>&1 &
SERVERS_PID=$!
exec 3> "$OUT/servers.stdin"
stop_servers() { exec 3>&-; wait "$SERVERS_PID" 2> /dev/null || true; rm -f "$OUT/servers.stdin"; }
trap stop_servers EXIT
for _ in $(seq 1 600); do
  [[ -e "$OUT/work/ready" ]] && break
  kill -0 "$SERVERS_PID" 2> /dev/null || break
  sleep 0.5
done
[[ -e "$OUT/work/ready" ]] || { echo "local servers did not start, see $OUT/servers.log" >&2; exit 1; }

measure() {
  "$JAVA" "${MEASURED_OPTS[@]}" "${PROPS[@]}" -cp "$MEASURED_CP" io.onboarding.lambdas.bench.LaunchToDecisionBenchmark \
      "$OUT/work/servers.properties" "$ROOT_DIR/template.yaml" "$@"
}

next_app=1
FAILED_RUNS=0
: > "$OUT/results.txt"
: > "$OUT/warmups.txt"
: > "$OUT/failures.txt"

# one application in a fresh JVM, repeated with a fresh upload (up to twice) when it was not approved
cold() {
  local orchestration="$1" round="$2" target="$3" attempt log
  for attempt in 1 2 3; do
    log="$OUT/runs/cold-$orchestration-$round-$attempt.log"
    if measure cold "$orchestration" "$next_app" "$round" > "$log" 2> "$log.stderr"; then
      next_app=$((next_app + 1))
      grep '^result ' "$log" | tee -a "$target"
      return 0
    fi
    next_app=$((next_app + 1))
    FAILED_RUNS=$((FAILED_RUNS + 1))
    echo "cold $orchestration $round attempt $attempt: $(grep '^result ' "$log" || echo 'no result')" >> "$OUT/failures.txt"
    echo "cold run $orchestration $round failed, see $log.stderr; repeating it with a fresh upload" >&2
  done
  echo "cold run $orchestration $round failed three times, giving up" >&2
  exit 1
}

cold part1 warmup "$OUT/warmups.txt"
cold workflow warmup "$OUT/warmups.txt"
for round in $(seq 1 "$COLD_ROUNDS"); do
  if (( round % 2 == 1 )); then order=(part1 workflow); else order=(workflow part1); fi
  for orchestration in "${order[@]}"; do cold "$orchestration" "$round" "$OUT/results.txt"; done
done

log="$OUT/runs/warm.log"
measure warm "$WARM_UPS" "$WARM_ROUNDS" "$next_app" "$APPS" > "$log" 2> "$log.stderr" \
    || { echo "the warm JVM failed, see $log and $log.stderr" >&2; exit 1; }
grep '^result mode=warmup ' "$log" >> "$OUT/warmups.txt" || true
grep '^result mode=warm ' "$log" | grep ' decision=APPROVED' | tee -a "$OUT/results.txt"
grep '^result mode=warm ' "$log" | grep -v ' decision=APPROVED' >> "$OUT/failures.txt" || true
WARM_FAILED=$(grep '^result mode=warm' "$log" | grep -vc ' decision=APPROVED' || true)
FAILED_RUNS=$((FAILED_RUNS + WARM_FAILED))

stop_servers
trap - EXIT

# the servers' final check: every application a timed or untimed run reported APPROVED holds APPROVED
read -r CONFIRMED USED < <(awk 'NR == FNR { stored[$1] = $2; next }
    { for (i = 1; i <= NF; i++) if ($i ~ /^app=/) { id = substr($i, 5); used++; if (stored[id] == "APPROVED") ok++ } }
    END { print ok + 0, used + 0 }' "$OUT/work/decisions.txt" "$OUT/results.txt" "$OUT/warmups.txt")
COMPARE_FACES=$(awk '$1 == "compare_faces_calls" { print $2 }' "$OUT/work/decisions.txt")

awk -v cold_rounds="$COLD_ROUNDS" -v warm_rounds="$WARM_ROUNDS" -v warm_ups="$WARM_UPS" \
    -v flags="${MEASURED_OPTS[*]:-none}" -v confirmed="$CONFIRMED" -v used="$USED" -v failed="$FAILED_RUNS" \
    -v compare_faces="$COMPARE_FACES" '
  function sort(values, n,   i, j, t) {
    for (i = 2; i <= n; i++) { t = values[i]; for (j = i - 1; j >= 1 && values[j] > t; j--) values[j + 1] = values[j]; values[j + 1] = t }
  }
  function median(values, n) { sort(values, n); return (n % 2) ? values[(n + 1) / 2] : (values[n / 2] + values[n / 2 + 1]) / 2 }
  # nearest rank: the smallest value with at least 90 % of the values at or below it
  function p90(values, n,   r) { sort(values, n); r = int(0.9 * n); if (r < 0.9 * n) r++; return values[r] }
  function collect(key, field, values,   i, k) { k = 0; for (i = 1; i <= n[key]; i++) if ((key, field, i) in val) values[++k] = val[key, field, i]; return k }
  function med(key, field,   v, k) { k = collect(key, field, v); return k ? median(v, k) : -1 }
  function pct(key, field,   v, k) { k = collect(key, field, v); return k ? p90(v, k) : -1 }
  function lo(key,   v, k) { k = collect(key, "launch_to_decision_ms", v); sort(v, k); return v[1] }
  function hi(key,   v, k) { k = collect(key, "launch_to_decision_ms", v); sort(v, k); return v[k] }
  function show(x) { return x < 0 ? "–" : sprintf("%d", x + 0.5) }
  # median over rounds of workflow / Part 1 within the same round (run back to back)
  function paired(mode,   r, k, v) { k = 0; for (r = 1; r <= rounds[mode]; r++) if ((mode, "workflow", r) in total && (mode, "part1", r) in total) v[++k] = total[mode, "workflow", r] / total[mode, "part1", r]; return k ? median(v, k) : 0 }
  {
    delete f
    for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
    key = f["mode"] "|" f["orchestration"]; k = ++n[key]
    for (name in f) if (name ~ /_ms$|^retries$/) val[key, name, k] = f[name]
    total[f["mode"], f["orchestration"], f["round"]] = f["launch_to_decision_ms"]
    if (f["round"] > rounds[f["mode"]]) rounds[f["mode"]] = f["round"]
  }
  END {
    printf "Cold: %d rounds, each application in a fresh JVM (one untimed cold run per orchestration first). ", cold_rounds
    printf "Warm: %d rounds in one JVM after %d untimed applications per orchestration. ", warm_rounds, warm_ups
    printf "Measured JVMs: %s. Rounds alternate Part 1 and the workflow, the order swapping each round.\n\n", flags
    printf "| mode | orchestration | N | median launch→decision (ms) | p90 (ms) | min–max (ms) | median INIT included (ms) |\n"
    printf "|---|---|---|---|---|---|---|\n"
    split("cold warm", modes, " "); split("part1 workflow", orchestrations, " ")
    for (m = 1; m <= 2; m++) for (o = 1; o <= 2; o++) {
      key = modes[m] "|" orchestrations[o]
      if (!(key in n)) continue
      printf "| %s | %s | %d | %s | %s | %s–%s | %s |\n", modes[m], orchestrations[o], n[key],
        show(med(key, "launch_to_decision_ms")), show(pct(key, "launch_to_decision_ms")), show(lo(key)), show(hi(key)),
        show(med(key, "init_ms"))
    }
    printf "\nSide by side, workflow / Part 1:\n\n| mode | ratio of medians | ratio of p90s | median per-round ratio |\n|---|---|---|---|\n"
    for (m = 1; m <= 2; m++) {
      a = modes[m] "|workflow"; b = modes[m] "|part1"
      if (!(a in n) || !(b in n)) continue
      printf "| %s | %.2f | %.2f | %.2f |\n", modes[m], med(a, "launch_to_decision_ms") / med(b, "launch_to_decision_ms"),
        pct(a, "launch_to_decision_ms") / pct(b, "launch_to_decision_ms"), paired(modes[m])
    }
    printf "\nWhere the time goes (medians, ms from the hand-over; the licence check stamps are SQS SentTimestamp, the mapping receiving it, SubmitLicenseHandler returning):\n\n"
    printf "| mode | orchestration | first function returns | licence check queued | received | handler returned | decision seen | execution ended | retries (total) |\n|---|---|---|---|---|---|---|---|---|\n"
    for (m = 1; m <= 2; m++) for (o = 1; o <= 2; o++) {
      key = modes[m] "|" orchestrations[o]
      if (!(key in n)) continue
      retries = 0; for (i = 1; i <= n[key]; i++) retries += val[key, "retries", i]
      printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", modes[m], orchestrations[o], show(med(key, "first_return_ms")),
        show(med(key, "check_queued_ms")), show(med(key, "check_received_ms")), show(med(key, "check_returned_ms")),
        show(med(key, "launch_to_decision_ms")), show(med(key, "execution_end_ms")), (orchestrations[o] == "workflow" ? retries : "–")
    }
    printf "\nTime inside each handler (medians, ms; the two checks run in parallel, and SubmitLicenseHandler may start before DocumentHandler returns):\n\n"
    printf "| mode | orchestration | StartApplication | Document | ReceivePackage | CheckFace | CheckDetails | Decide | SubmitLicense |\n|---|---|---|---|---|---|---|---|---|\n"
    split("StartApplicationFunction DocumentFunction ReceivePackageFunction CheckFaceFunction CheckDetailsFunction DecideFunction SubmitLicenseFunction", functions, " ")
    for (m = 1; m <= 2; m++) for (o = 1; o <= 2; o++) {
      key = modes[m] "|" orchestrations[o]
      if (!(key in n)) continue
      printf "| %s | %s |", modes[m], orchestrations[o]
      for (j = 1; j <= 7; j++) printf " %s |", show(med(key, "in_" functions[j] "_ms"))
      printf "\n"
    }
    printf "\nServers check after the runs: %d of the %d applications reported APPROVED hold APPROVED in DynamoDB Local; CompareFaces calls: %d. Applications repeated because they were not approved: %d.\n", confirmed, used, compare_faces, failed
  }' "$OUT/results.txt" | tee "$OUT/summary.md"

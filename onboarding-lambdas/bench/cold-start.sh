#!/usr/bin/env bash
# Lambda cold-start benchmark (issue 4): each function, from JVM launch to the first handler return, against local
# servers, side by side with a hello-world handler; loaded classes and jar sizes; packaging (own jar vs the
# document jar) and Powertools v2 comparisons. Method and results: docs/performance.md, "Lambda cold start".
#
# Every measured run is a fresh JVM:  java -cp <function jar>:<invoker jar>:<aws-lambda-java-serialization jar>
#   io.onboarding.lambdas.bench.Invoker <handler class> <event json>
# started with `env -i` and only the variables Lambda would give that function, once with template.yaml's
# JAVA_TOOL_OPTIONS (flags "c1") and once without (flags "default"). The parent (this script) takes the time from
# just before the launch to the moment the invoker's "done" line arrives (bash's $EPOCHREALTIME, no fork). The
# local servers (S3Proxy, DynamoDB Local, ElasticMQ, fauxqs, recorded Rekognition/Textract, a validator answering
# true) run in a separate JVM (ColdStartServers), which also prepares one fresh application per run, so every
# document run processes a new upload and every licence run a new pending check. All variants alternate within each
# round (the order rotates from round to round), after one untimed warm-up each.
#
# Variants: hello (the baseline, HelloHandler in the bench sources); document, submit-license, validate-license
# from their own jars; submit-license@document-jar and validate-license@document-jar (the same handlers from the
# all-in document jar: one jar for all functions); pt-jackson-line, pt-logging, pt-logging-metrics (hello handlers
# built by bench/powertools/pom.xml: our Jackson decision line vs Powertools v2); document+pt-logging-libs and
# submit-license+pt-logging-libs (the functions unchanged, with Powertools logging's libraries on the classpath).
#
# Usage: onboarding-lambdas/bench/cold-start.sh [runs-per-variant]        (default 5)
#   BENCH_VARIANTS="hello document"   measure a subset (names: see VARIANTS below)
#   BENCH_JAVA=/path/to/bin/java      the JVM of the measured runs (default: $JAVA_HOME/bin/java or java on PATH)
#   BENCH_JAVA_OPTS="-Xshare:off"     extra JVM options for the measured runs (command line, both flag sets)
#   BENCH_SKIP_BUILD=1                reuse the jars and classpaths already built
#   BENCH_SERVERS_OPTS="-Dlogback.configurationFile=..."   JVM options for the servers JVM (diagnosis)
# Output: onboarding-lambdas/target/bench/ (results.txt raw lines, summary.md tables, runs/ each run's output,
# classload.md classes loaded / shipped per library, decisions.txt the servers' final check of every record).
set -euo pipefail
export LC_ALL=C

RUNS="${1:-5}"
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MODULE_DIR="$(cd "$BENCH_DIR/.." && pwd)"
ROOT_DIR="$(cd "$MODULE_DIR/.." && pwd)"
OUT="$MODULE_DIR/target/bench"
JDK_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
JAVA="$(command -v "${JDK_BIN}java")"
JAR_TOOL="$(command -v "${JDK_BIN}jar")"
MEASURED_JAVA="${BENCH_JAVA:-$JAVA}"
read -r -a EXTRA_OPTS <<< "${BENCH_JAVA_OPTS:-}"
VARIANTS=(hello document submit-license submit-license@document-jar validate-license validate-license@document-jar
          pt-jackson-line pt-logging pt-logging-metrics document+pt-logging-libs submit-license+pt-logging-libs)
read -r -a VARIANTS <<< "${BENCH_VARIANTS:-${VARIANTS[*]}}"
FLAG_SETS=(c1 default)
# the flags Lambda starts the functions with: template.yaml's Globals JAVA_TOOL_OPTIONS
C1_OPTIONS="$(sed -n 's/^ *JAVA_TOOL_OPTIONS: *//p' "$ROOT_DIR/template.yaml" | head -1)"
[[ -n "$C1_OPTIONS" ]] || { echo "no JAVA_TOOL_OPTIONS in template.yaml" >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT/runs" "$OUT/work"
cd "$ROOT_DIR"
if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
  # one reactor build (domain, adapters, lambdas): the function jars and both classpaths (profile cold-start-bench),
  # nothing installed into ~/.m2. -DskipTests alone would also skip installing the SNS emulator the servers run.
  ./mvnw -q -pl onboarding-lambdas -am package -DskipTests -Dfauxqs.install.skip=false -Pcold-start-bench
  ./mvnw -q -f onboarding-lambdas/bench/powertools/pom.xml package
fi
for cp in test runtime; do
  [[ -s "$MODULE_DIR/target/bench-classpath/$cp.cp" ]] \
      || { echo "no $MODULE_DIR/target/bench-classpath/$cp.cp: run once without BENCH_SKIP_BUILD" >&2; exit 1; }
  cp "$MODULE_DIR/target/bench-classpath/$cp.cp" "$OUT/$cp.cp"
done

jar_of() { compgen -G "$1" | head -1; }
DOCUMENT_JAR="$(jar_of "$MODULE_DIR/target/onboarding-lambdas-*-document.jar")"
SUBMIT_JAR="$(jar_of "$MODULE_DIR/target/onboarding-lambdas-*-submit-license.jar")"
VALIDATE_JAR="$(jar_of "$MODULE_DIR/target/onboarding-lambdas-*-validate-license.jar")"
PT_DIR="$BENCH_DIR/powertools/target"
SERIALIZATION_JAR="$(tr ':' '\n' < "$OUT/test.cp" | grep -E '/aws-lambda-java-serialization-[^/]*\.jar$' | head -1)"
CORE_JAR="$(tr ':' '\n' < "$OUT/test.cp" | grep -E '/aws-lambda-java-core-[^/]*\.jar$' | head -1)"
SFN_JAR="$(tr ':' '\n' < "$OUT/runtime.cp" | grep -E '/sfn-[^/]*\.jar$' | head -1)"
TEST_CLASSES="$MODULE_DIR/target/test-classes"

# the invoker alone, and the hello-world function shaded like the others (its class plus aws-lambda-java-core)
INVOKER_JAR="$OUT/invoker.jar"
(cd "$TEST_CLASSES" && "$JAR_TOOL" cf "$INVOKER_JAR" io/onboarding/lambdas/bench/Invoker*.class \
    io/onboarding/lambdas/bench/BenchContext*.class io/onboarding/lambdas/testing/LocalContext*.class)
HELLO_JAR="$OUT/hello.jar"
mkdir -p "$OUT/hello-jar/io/onboarding/lambdas/bench"
(cd "$OUT/hello-jar" && "$JAR_TOOL" xf "$CORE_JAR" && rm -rf META-INF \
    && cp "$TEST_CLASSES/io/onboarding/lambdas/bench/HelloHandler.class" io/onboarding/lambdas/bench/ \
    && "$JAR_TOOL" cf "$HELLO_JAR" .)
printf '{"name":"bench"}\n' > "$OUT/work/hello.json"
VALIDATE_EVENT="$MODULE_DIR/src/test/resources/events/http-validate-true.json"

# fresh applications: one per timed run, per warm-up and per class-loading run, plus spares for repeated runs
count_runs() { local n=0 v; for v in "${VARIANTS[@]}"; do [[ $v == "$1"* ]] && n=$((n + 1)); done; echo "$n"; }
SPARES=8
DOCUMENT_RUNS=$(( $(count_runs document) * (RUNS + 1) * ${#FLAG_SETS[@]} + 1 + SPARES ))
SUBMIT_RUNS=$(( $(count_runs submit-license) * (RUNS + 1) * ${#FLAG_SETS[@]} + 1 + SPARES ))

# local servers in their own JVM; they stop when we close the write end of their stdin
mkfifo "$OUT/servers.stdin"
read -r -a SERVERS_OPTS <<< "${BENCH_SERVERS_OPTS:-}"
DDB_LOCAL_TELEMETRY=0 "$JAVA" "${SERVERS_OPTS[@]}" -Dfauxqs.dir="$ROOT_DIR/onboarding-adapters-aws/src/test/fauxqs" \
    -cp "$TEST_CLASSES:$MODULE_DIR/target/classes:$(cat "$OUT/test.cp")" io.onboarding.lambdas.bench.ColdStartServers \
    "$OUT/work" "$ROOT_DIR/UnitTests/8d247914.zip" "$DOCUMENT_RUNS" "$SUBMIT_RUNS" \
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
mapfile -t LAMBDA_ENV < "$OUT/work/lambda.env"
mapfile -t DOCUMENT_ENV < "$OUT/work/document.env"
mapfile -t SUBMIT_ENV < "$OUT/work/submit-license.env"
LAMBDA_ENV+=("AWS_LAMBDA_FUNCTION_VERSION=\$LATEST" "AWS_LAMBDA_INITIALIZATION_TYPE=on-demand")
next_document=0
next_submit=0
FAILED_RUNS=0
: > "$OUT/failures.txt"
: > "$OUT/used-apps.txt"

# one fresh JVM; sets RUN_LINE to "wall_ms=... <the invoker's numbers> outcome=... expected=yes|no". Returns 1 if
# the handler threw (the function fails the invocation, as Lambda would retry it), which so far only a local server
# caused: S3Proxy now and then drops a PutObject under load ("Error writing request body to server").
run_once() {
  local variant="$1" flags="$2" label="$3"; shift 3
  local jar extra_cp="" handler event function memory expect app="-"
  local -a environment=("${LAMBDA_ENV[@]}")
  if [[ "$variant" == *+pt-logging-libs ]]; then
    # the function unchanged, with Powertools logging's libraries (log4j2 behind SLF4J) on its classpath
    extra_cp=":$PT_DIR/powertools-bench-logging.jar"
    environment+=("POWERTOOLS_SERVICE_NAME=bench")
  fi
  case "$variant" in
    hello) jar="$HELLO_JAR"; handler=io.onboarding.lambdas.bench.HelloHandler; event="$OUT/work/hello.json"
           function=HelloFunction; memory=512; expect='response "hello bench"' ;;
    pt-*)  jar="$PT_DIR/powertools-bench-${variant#pt-}.jar"; event="$OUT/work/hello.json"
           case "$variant" in
             pt-jackson-line) handler=io.onboarding.lambdas.bench.powertools.JacksonLineHello ;;
             pt-logging) handler=io.onboarding.lambdas.bench.powertools.PowertoolsLoggingHello ;;
             pt-logging-metrics) handler=io.onboarding.lambdas.bench.powertools.PowertoolsMetricsHello ;;
           esac
           function=HelloFunction; memory=512; expect='response "hello bench"'
           environment+=("POWERTOOLS_SERVICE_NAME=bench" "POWERTOOLS_METRICS_NAMESPACE=bench") ;;
    document|document+*)
           jar="$DOCUMENT_JAR"; handler=io.onboarding.lambdas.handler.DocumentHandler
           next_document=$((next_document + 1)); app="$(printf 'bench-doc-%03d' "$next_document")"
           event="$(printf '%s/work/document-%03d.json' "$OUT" "$next_document")"
           function=DocumentLambdaFunction; memory=1024; environment+=("${DOCUMENT_ENV[@]}")
           expect="\"app_uuid\":\"$app\".*\"decision\":\"PENDING_LICENSE_VALIDATION\"" ;;
    submit-license*)
           [[ "$variant" == *@document-jar ]] && jar="$DOCUMENT_JAR" || jar="$SUBMIT_JAR"
           # the document jar leaves out the Step Functions client (Part 1 never calls it); an all-in jar would hold it
           [[ "$variant" == *@document-jar ]] && extra_cp=":$SFN_JAR"
           handler=io.onboarding.lambdas.handler.SubmitLicenseHandler
           next_submit=$((next_submit + 1)); app="$(printf 'bench-lic-%03d' "$next_submit")"
           event="$(printf '%s/work/submit-license-%03d.json' "$OUT" "$next_submit")"
           function=SubmitLicenseLambdaFunction; memory=512; environment+=("${SUBMIT_ENV[@]}")
           expect="\"app_uuid\":\"$app\".*\"license_validation\":true.*\"decision\":\"APPROVED\"" ;;
    validate-license*)
           [[ "$variant" == *@document-jar ]] && jar="$DOCUMENT_JAR" || jar="$VALIDATE_JAR"
           handler=io.onboarding.lambdas.handler.ValidateLicenseHandler; event="$VALIDATE_EVENT"
           function=ValidateLicenseLambdaFunction; memory=512
           expect='"statusCode":200,.*"body":"true"' ;;
    *) echo "unknown variant $variant" >&2; exit 1 ;;
  esac
  [[ -f "$jar" ]] || { echo "no jar $jar for $variant" >&2; exit 1; }
  environment+=("AWS_LAMBDA_FUNCTION_NAME=$function" "AWS_LAMBDA_FUNCTION_MEMORY_SIZE=$memory")
  [[ "$flags" == c1 ]] && environment+=("JAVA_TOOL_OPTIONS=$C1_OPTIONS")

  local log="$OUT/runs/$label.log" start end="" line done_line="" stats_line="" rc=0
  local -a lines=()
  start=$EPOCHREALTIME
  while IFS= read -r line; do
    if [[ -z "$end" && "$line" == "done "* ]]; then
      end=$EPOCHREALTIME
      done_line="$line"
    fi
    lines+=("$line")
  done < <(exec env -i "${environment[@]}" "$MEASURED_JAVA" "${EXTRA_OPTS[@]}" "$@" \
      -cp "$jar$extra_cp:$INVOKER_JAR:$SERIALIZATION_JAR" io.onboarding.lambdas.bench.Invoker "$handler" "$event" \
      2> "$log.stderr")
  wait "$!" || rc=$?
  printf '%s\n' "${lines[@]}" > "$log"
  if [[ -z "$done_line" || $rc -ne 0 ]]; then
    echo "$label app=$app exit=$rc $(grep -m1 -o 'Caused by: .*' "$log.stderr" | head -c 200)" >> "$OUT/failures.txt"
    echo "run $label failed (exit $rc, $app), see $log.stderr; repeating it with a fresh application" >&2
    mv "$log" "$log.failed"
    mv "$log.stderr" "$log.stderr.failed"
    return 1
  fi
  stats_line="$(grep -m1 '^stats ' "$log" || true)"
  local outcome="unexpected" expected=no
  if grep -Eq -- "$expect" "$log"; then expected=yes; fi
  case "$variant" in
    document*|submit-license*) outcome="$(grep -m1 -o '"decision":"[A-Z_]*"' "$log" | cut -d'"' -f4 || true)" ;;
    validate-license*) outcome="$(grep -m1 -o '"statusCode":[0-9]*' "$log" | cut -d: -f2 || true)" ;;
    *) outcome=hello ;;
  esac
  case "$variant" in
    document*) echo "$app PENDING_LICENSE_VALIDATION" >> "$OUT/used-apps.txt" ;;
    submit-license*) echo "$app APPROVED" >> "$OUT/used-apps.txt" ;;
  esac
  local wall_us=$(( 10#${end/./} - 10#${start/./} ))
  RUN_LINE="wall_ms=$((wall_us / 1000)) ${done_line#done } ${stats_line#stats } app=$app outcome=${outcome:-none} expected=$expected"
}

# run_once, repeated up to twice more when the run failed
measure() {
  local attempt
  for attempt in 1 2 3; do
    run_once "$@" && return 0
    FAILED_RUNS=$((FAILED_RUNS + 1))
  done
  echo "run $3 failed three times, giving up" >&2
  exit 1
}

ITEMS=()
for variant in "${VARIANTS[@]}"; do
  for flags in "${FLAG_SETS[@]}"; do ITEMS+=("$variant $flags"); done
done

# one untimed warm-up per variant and flag set (page cache), then the rounds
for item in "${ITEMS[@]}"; do
  read -r variant flags <<< "$item"
  measure "$variant" "$flags" "warmup-$variant-$flags"
done
for round in $(seq 1 "$RUNS"); do
  for ((k = 0; k < ${#ITEMS[@]}; k++)); do
    read -r variant flags <<< "${ITEMS[$(( (k + round - 1) % ${#ITEMS[@]} ))]}"
    measure "$variant" "$flags" "$variant-$flags-$round"
    echo "variant=$variant flags=$flags round=$round $RUN_LINE" | tee -a "$OUT/results.txt"
  done
done

# which classes each function's own jar loads (one extra run each, Lambda flags, not timed)
for variant in document submit-license validate-license; do
  [[ " ${VARIANTS[*]} " == *" $variant "* ]] || continue
  measure "$variant" c1 "classload-$variant" "-Xlog:class+load=info:file=$OUT/classload-$variant.log"
done

stop_servers
trap - EXIT

# jar sizes
{
  for pair in "hello $HELLO_JAR" "document $DOCUMENT_JAR" "submit-license $SUBMIT_JAR" "validate-license $VALIDATE_JAR" \
              "pt-jackson-line $PT_DIR/powertools-bench-jackson-line.jar" "pt-logging $PT_DIR/powertools-bench-logging.jar" \
              "pt-logging-metrics $PT_DIR/powertools-bench-logging-metrics.jar"; do
    read -r name path <<< "$pair"
    echo "$name $(stat -c %s "$path") $("$JAR_TOOL" tf "$path" | grep -c '\.class$')"
  done
} > "$OUT/jars.txt"
awk '{ size[$1] = $2; classes[$1] = $3 }
  END { for (f in size) if (f == "document" || f == "submit-license")
          printf "%s+pt-logging-libs %d %d\n", f, size[f] + size["pt-logging"], classes[f] + classes["pt-logging"] }' \
    "$OUT/jars.txt" >> "$OUT/jars.txt"

# class loading per library: what each function's jar ships and what its cold start loaded
CLASSLOAD_ARGS=()
for pair in "document $DOCUMENT_JAR" "submit-license $SUBMIT_JAR" "validate-license $VALIDATE_JAR"; do
  read -r name path <<< "$pair"
  [[ -s "$OUT/classload-$name.log" ]] && CLASSLOAD_ARGS+=("$name=$path=$OUT/classload-$name.log")
done
if [[ ${#CLASSLOAD_ARGS[@]} -gt 0 ]]; then
  "$JAVA" -cp "$TEST_CLASSES" io.onboarding.lambdas.bench.ClassLoadReport "$OUT/classload.md" "$OUT/runtime.cp" \
      "$MODULE_DIR/target/classes" "${CLASSLOAD_ARGS[@]}" > /dev/null
fi

# the servers' final check: each application a successful run used holds the decision that run logged
read -r CONFIRMED USED < <(awk 'NR == FNR { stored[$1] = $2; next } { used++; if (stored[$1] == $2) ok++ }
    END { print ok + 0, used + 0 }' "$OUT/work/decisions.txt" "$OUT/used-apps.txt")

awk -v runs="$RUNS" -v c1="$C1_OPTIONS" -v confirmed="$CONFIRMED" -v used="$USED" -v failed="$FAILED_RUNS" \
    -v jars="$OUT/jars.txt" '
  function median(values, n,   sorted, i, j, t) {
    for (i = 1; i <= n; i++) sorted[i] = values[i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
    return (n % 2) ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
  }
  function med(key, field,   i, v) { for (i = 1; i <= n[key]; i++) v[i] = val[key, field, i]; return median(v, n[key]) }
  function lo(key,   i, m) { m = val[key, "wall_ms", 1]; for (i = 2; i <= n[key]; i++) if (val[key, "wall_ms", i] < m) m = val[key, "wall_ms", i]; return m }
  function hi(key,   i, m) { m = val[key, "wall_ms", 1]; for (i = 2; i <= n[key]; i++) if (val[key, "wall_ms", i] > m) m = val[key, "wall_ms", i]; return m }
  # median over rounds of (a / b) within the same round: the two ran minutes apart at most, on the same machine state
  function paired(a, b,   r, k, v) { k = 0; for (r = 1; r <= runs; r++) if ((a, r) in wall && (b, r) in wall) v[++k] = wall[a, r] / wall[b, r]; return k ? median(v, k) : 0 }
  function mb(bytes) { return bytes < 1048576 ? sprintf("%d KB", bytes / 1024) : sprintf("%.1f MB", bytes / 1048576) }
  function jarof(variant) { return (variant ~ /@document-jar$/) ? "document" : variant }
  BEGIN { while ((getline line < jars) > 0) { split(line, f, " "); size[f[1]] = f[2]; classes[f[1]] = f[3] } }
  {
    delete v
    for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    key = v["variant"] "|" v["flags"]; k = ++n[key]
    if (!(v["variant"] in seen)) { seen[v["variant"]] = 1; order[++variants] = v["variant"] }
    split("wall_ms init_ms invoke_ms uptime_ms loaded_classes", fields, " ")
    for (i in fields) val[key, fields[i], k] = v[fields[i]]
    wall[key, v["round"]] = v["wall_ms"]
    if (v["expected"] == "yes") ok[key]++
  }
  END {
    printf "Runs per variant and flag set: %d. c1 = JAVA_TOOL_OPTIONS=%s (template.yaml); default = no flags.\n\n", runs, c1
    printf "| variant | jar | median launch→return, c1 (ms) | ratio to hello, c1 | median launch→return, default (ms) | ratio to hello, default | INIT, c1 (ms) | invoke, c1 (ms) | JVM uptime at return, c1 (ms) | loaded classes, c1 | expected outcome |\n"
    printf "|---|---|---|---|---|---|---|---|---|---|---|\n"
    h1 = med("hello|c1", "wall_ms"); h0 = med("hello|default", "wall_ms")
    for (i = 1; i <= variants; i++) {
      name = order[i]; a = name "|c1"; b = name "|default"
      w1 = med(a, "wall_ms"); w0 = med(b, "wall_ms")
      printf "| %s | %s (%s classes) | %d | %.2f | %d | %.2f | %d | %d | %d | %d | %d/%d |\n", name, mb(size[jarof(name)]), classes[jarof(name)],
        w1, (h1 ? w1 / h1 : 0), w0, (h0 ? w0 / h0 : 0), med(a, "init_ms"), med(a, "invoke_ms"), med(a, "uptime_ms"),
        med(a, "loaded_classes"), ok[a] + ok[b], n[a] + n[b]
    }
    printf "\nSpread of launch→return (ms): c1 min–max, default min–max.\n\n| variant | c1 | default |\n|---|---|---|\n"
    for (i = 1; i <= variants; i++) {
      name = order[i]
      printf "| %s | %d–%d | %d–%d |\n", name, lo(name "|c1"), hi(name "|c1"), lo(name "|default"), hi(name "|default")
    }
    printf "\nSide by side: ratio of medians, and the median of the per-round ratios (same round, minutes apart).\n\n"
    printf "| comparison | c1: ratio of medians | c1: median per-round ratio | default: ratio of medians | default: median per-round ratio | loaded classes, c1 |\n|---|---|---|---|---|---|\n"
    m = split("submit-license@document-jar/submit-license validate-license@document-jar/validate-license " \
              "pt-jackson-line/hello pt-logging/pt-jackson-line pt-logging-metrics/pt-jackson-line " \
              "document+pt-logging-libs/document submit-license+pt-logging-libs/submit-license " \
              "default-vs-c1:hello default-vs-c1:document default-vs-c1:submit-license default-vs-c1:validate-license", pairs, " ")
    for (p = 1; p <= m; p++) {
      if (pairs[p] ~ /^default-vs-c1:/) {
        name = substr(pairs[p], 15)
        if (!((name "|c1") in n)) continue
        printf "| %s: default flags / c1 | %.2f | %.2f | | | |\n", name, med(name "|default", "wall_ms") / med(name "|c1", "wall_ms"),
          paired(name "|default", name "|c1")
        continue
      }
      split(pairs[p], ab, "/"); a = ab[1]; b = ab[2]
      if (!((a "|c1") in n) || !((b "|c1") in n)) continue
      printf "| %s / %s | %.2f | %.2f | %.2f | %.2f | %d vs %d |\n", a, b,
        med(a "|c1", "wall_ms") / med(b "|c1", "wall_ms"), paired(a "|c1", b "|c1"),
        med(a "|default", "wall_ms") / med(b "|default", "wall_ms"), paired(a "|default", b "|default"),
        med(a "|c1", "loaded_classes"), med(b "|c1", "loaded_classes")
    }
    printf "\nServers check after the runs: %d of the %d applications the successful document and licence runs processed hold the decision the run logged (DynamoDB Local).\n", confirmed, used
    printf "Runs repeated because the handler failed (a local server dropped a request; see failures.txt): %d.\n", failed
  }' "$OUT/results.txt" | tee "$OUT/summary.md"
echo
echo "Classes loaded / shipped per library and function: $OUT/classload.md"
grep -E '^(compare_faces|analyze_id|validator)' "$OUT/work/decisions.txt" | sed 's/^/servers: /'

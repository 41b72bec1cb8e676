#!/usr/bin/env bash
# Engine isolation benchmark (docs/performance.md, "Engine isolation (issue 12)"): processes COUNT renamed copies of
# the three sample packages at --parallel P with the offline engines in this JVM (--engine-isolation none, "before")
# and in worker processes (the default, "after"), alternating ROUNDS times in the order before, after, after, before,
# ... so that a drift in the machine's load hits both alike. Each run gets a fresh work directory. Peak memory is the
# largest sum of the resident set sizes of the CLI's JVM and all its child processes (the engine workers), sampled
# every 0.2 s with ps; throughput comes from the CLI's own summary, CPU time (user + system of the JVM and the
# workers it reaped) from GNU time.
#
#   onboarding-cli/bench/isolation.sh [COUNT] [PARALLEL] [ROUNDS]      default: 60 copies, --parallel 2, 1 round
#
# Needs the CLI built: ./mvnw -q -pl onboarding-cli -am package -DskipTests
# Optional: BENCH_BEFORE_JAR=path/to/onboarding-cli.jar runs "before" with another build (for example one of commit
# 8dbe89d, which has no --engine-isolation option) instead of --engine-isolation none; BENCH_KEEP=1 keeps the
# temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."

count="${1:-60}"
parallel="${2:-2}"
rounds="${3:-1}"
jar=onboarding-cli/target/onboarding-cli.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -q -pl onboarding-cli -am package -DskipTests" >&2; exit 2; }

tmp="$(mktemp -d -t onboarding-isolation-XXXXXX)"
[ "${BENCH_KEEP:-0}" = 1 ] || trap 'rm -rf "$tmp"' EXIT
java onboarding-cli/bench/RenamedCopies.java UnitTests "$tmp/packages" "$count"

# the largest RSS sum (KB) of the tree under $1 (GNU time, the CLI's JVM, its engine workers) while $1 runs, the
# largest RSS of the CLI's JVM alone, and the most engine workers seen at once
sample() {
  local pid=$1 out=$2 peak=0 parent=0 workers=0
  while kill -0 "$pid" 2>/dev/null; do
    read -r sum jvm kids < <(ps -e -o pid=,ppid=,rss=,comm= | awk -v root="$pid" '
      { ppid[$1] = $2; rss[$1] = $3; name[$1] = $4 }
      END {
        sum = 0; jvm = 0; kids = 0
        for (p in ppid) {
          depth = 0
          for (q = p; q != "" && q != root && q > 1; q = ppid[q]) depth++
          if (q == root || p == root) {
            sum += rss[p]
            if (depth == 1) jvm = rss[p]
            if (depth == 2) kids++
          }
        }
        print sum, jvm, kids
      }')
    [ "${sum:-0}" -gt "$peak" ] && peak=$sum
    [ "${jvm:-0}" -gt "$parent" ] && parent=$jvm
    [ "${kids:-0}" -gt "$workers" ] && workers=$kids
    sleep 0.2
  done
  echo "$peak $parent $workers" > "$out"
}

run() {
  local label=$1 n=$2 work="$tmp/work-$1-$2"
  local cmd=(java -jar "$jar" process --json --no-progress --parallel "$parallel" --work-dir "$work" "$tmp/packages")
  if [ "$label" = before ]; then
    if [ -n "${BENCH_BEFORE_JAR:-}" ]; then
      cmd=(java -jar "$BENCH_BEFORE_JAR" process --json --no-progress --parallel "$parallel" --work-dir "$work"
           "$tmp/packages")
    else
      cmd+=(--engine-isolation none)
    fi
  fi
  local start end status
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$tmp/cpu-$label-$n.txt" "${cmd[@]}" > "$tmp/results-$label-$n.jsonl" \
    2> "$tmp/summary-$label-$n.txt" &
  local pid=$!
  sample "$pid" "$tmp/rss-$label-$n.txt"
  set +e; wait "$pid"; status=$?; set -e
  end=$(date +%s.%N)
  [ "$status" -le 1 ] || echo "warning: $label run $n exited with $status (see $tmp/summary-$label-$n.txt)" >&2
  local summary="$tmp/summary-$label-$n.txt"
  local apps batch decisions peak parent children
  apps=$(sed -n 's/^summary: \([0-9]*\) application.* in \([0-9.]*\) s.*/\1/p' "$summary")
  batch=$(sed -n 's/^summary: .* in \([0-9.]*\) s.*/\1/p' "$summary")
  decisions=$(sed -n 's/^  decisions *//p' "$summary")
  read -r peak parent children < "$tmp/rss-$label-$n.txt"
  local cpu
  cpu=$(tail -1 "$tmp/cpu-$label-$n.txt" | awk '{print $1 + $2}')   # after "Command exited with non-zero status"
  awk -v l="$label" -v n="$n" -v a="$apps" -v b="$batch" -v s="$start" -v e="$end" -v p="$peak" -v q="$parent" \
      -v c="$children" -v d="$decisions" -v ld="$(cut -d' ' -f1 /proc/loadavg)" -v cpu="$cpu" \
    'BEGIN { printf "| %s | %d | %d | %.1f | %.1f | %.3f | %.2f | %.0f | %.0f | %d | %s | %s |\n",
             l, n, a, b, e - s, a / b, cpu / a, p / 1024, q / 1024, c, d, ld }'
}

echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| engines | run | applications | batch s | wall s | applications/s | CPU s/application | peak RSS, tree MB | peak RSS, CLI JVM MB | workers | decisions | load after |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for ((r = 1; r <= rounds; r++)); do
  if (( r % 2 == 1 )); then order=(before after); else order=(after before); fi
  for label in "${order[@]}"; do
    run "$label" "$r"
  done
done

#!/usr/bin/env bash
# CLI batch benchmark (docs/performance.md, "CLI batch (issue 5)"): processes COUNT renamed copies of the three
# sample packages with the offline engines, once per --parallel value, each run in a fresh work directory, under
# /usr/bin/time -v. Prints seconds per application, applications per second, the share of processing time spent in
# OCR and in face comparison (from the CLI's own summary) and the peak resident memory of the JVM. Since issue 12 the
# offline engines run in worker processes: GNU time's peak is then the largest single process, not the tree's sum
# (bench/isolation.sh measures the tree; BENCH_ARGS="--engine-isolation none" measures as before).
#
#   onboarding-cli/bench/batch.sh [COUNT] [PARALLEL...]      default: 100 copies, --parallel 1 and 2
#
# Needs the CLI built: ./mvnw -q -pl onboarding-cli -am package -DskipTests
# Optional: BENCH_JAVA_OPTS adds JVM flags, BENCH_ARGS adds CLI options (e.g. "--engine aws"), BENCH_KEEP=1 keeps
# the temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."

count="${1:-100}"
shift || true
parallels=("$@")
[ ${#parallels[@]} -gt 0 ] || parallels=(1 2)
jar=onboarding-cli/target/onboarding-cli.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -q -pl onboarding-cli -am package -DskipTests" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time
  else
    echo "needs GNU time: sudo apt-get install time" >&2; exit 2
  fi
fi

tmp="$(mktemp -d -t onboarding-bench-XXXXXX)"
[ "${BENCH_KEEP:-0}" = 1 ] || trap 'rm -rf "$tmp"' EXIT
java onboarding-cli/bench/RenamedCopies.java UnitTests "$tmp/packages" "$count"

echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
notes=("load average before: $(cut -d' ' -f1-3 /proc/loadavg)")
echo "| --parallel | applications | batch s | s/application | applications/s | OCR share | face share | JVM wall s | CPU s/application | CPU use | peak RSS MB | decisions |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for p in "${parallels[@]}"; do
  work="$tmp/work-$p"
  set +e
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$tmp/time-$p.txt" java ${BENCH_JAVA_OPTS:-} -jar "$jar" process ${BENCH_ARGS:-} --json --no-progress \
    --parallel "$p" --work-dir "$work" "$tmp/packages" > "$tmp/results-$p.jsonl" 2> "$tmp/summary-$p.txt"
  status=$?
  set -e
  [ "$status" -le 1 ] || echo "warning: --parallel $p exited with $status (see $tmp/summary-$p.txt)" >&2
  summary="$tmp/summary-$p.txt"
  apps=$(sed -n 's/^summary: \([0-9]*\) application.* in \([0-9.]*\) s.*/\1/p' "$summary")
  wall=$(sed -n 's/^summary: .* in \([0-9.]*\) s.*/\1/p' "$summary")
  ocr=$(sed -n 's/.*engine time .*(\([0-9.]*%\) of processing).*/\1/p' "$summary")
  face=$(sed -n 's/.*face comparison [0-9.]* s in [0-9]* calls\{0,1\} (\([0-9.]*%\)).*/\1/p' "$summary")
  decisions=$(sed -n 's/^  decisions *//p' "$summary")
  rss=$(awk -F: '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tmp/time-$p.txt")
  jvm=$(awk '/Elapsed \(wall clock\)/ {n = split($NF, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i];
             printf "%.1f", s}' "$tmp/time-$p.txt")
  cpu=$(awk -F: '/(User|System) time \(seconds\)/ {s += $2} END {printf "%.1f", s}' "$tmp/time-$p.txt")
  use=$(awk -F: '/Percent of CPU this job got/ {gsub(/ /, "", $2); print $2}' "$tmp/time-$p.txt")
  awk -v p="$p" -v n="$apps" -v w="$wall" -v o="$ocr" -v f="$face" -v j="$jvm" -v c="$cpu" -v u="$use" -v r="$rss" \
    -v d="$decisions" 'BEGIN { printf "| %s | %d | %.1f | %.3f | %.2f | %s | %s | %s | %.2f | %s | %s | %s |\n",
                              p, n, w, w / n, n / w, o, f, j, c / n, u, r, d }'
  notes+=("load average after --parallel $p: $(cut -d' ' -f1-3 /proc/loadavg)")
done
printf '%s\n' "${notes[@]}"

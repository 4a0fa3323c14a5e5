#!/usr/bin/env bash
# Whole-process timing of the summit Monte Carlo: `parley analyze --samples N` (JVM start included)
# on 1 and 2 threads, and the speed-up. Uses hyperfine when installed, else a plain timing loop.
#
#   parley-bench/run-analyze-bench.sh                 # ./parley analyze --samples 10000 --threads T
#   SAMPLES=20000 RUNS=10 parley-bench/run-analyze-bench.sh
#   PARLEY="java -cp parley-bench/target/benchmarks.jar org.parley.bench.summit.AnalyzeRun" \
#     parley-bench/run-analyze-bench.sh               # the engine alone, without the CLI
#
# Environment: SAMPLES (10000), SEED (1), RUNS (5), WARMUP (1), THREADS ("1 2"), SCENARIO (the CLI's
# default), PARLEY (the command; default "./parley analyze"), OUT (a markdown file for the table),
# NO_HYPERFINE=1 (time with the shell loop even when hyperfine is installed).
# When PARLEY is unset and the CLI's `analyze` does not yet take --samples/--threads, the script
# falls back to the AnalyzeRun main class in parley-bench's benchmarks.jar (build it with
# `mvn -q -B -Dparley.buildDir=target -pl parley-bench -am package -DskipTests`).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

samples="${SAMPLES:-10000}"
seed="${SEED:-1}"
runs="${RUNS:-5}"
warmup="${WARMUP:-1}"
threads_list="${THREADS:-1 2}"
out="${OUT:-}"

if [ -n "${PARLEY:-}" ]; then
  cmd="$PARLEY"
else
  if ./parley analyze --help 2>/dev/null | grep -q -- '--samples' && ./parley analyze --help 2>/dev/null | grep -q -- '--threads'; then
    cmd="./parley analyze"
  else
    jar="parley-bench/${BUILD_DIR:-target}/benchmarks.jar"
    if [ ! -f "$jar" ]; then
      echo "run-analyze-bench: 'parley analyze' does not take --samples/--threads yet and $jar is missing;" >&2
      echo "  build it: mvn -q -B -Dparley.buildDir=${BUILD_DIR:-target} -pl parley-bench -am package -DskipTests" >&2
      exit 1
    fi
    cmd="java -cp $jar org.parley.bench.summit.AnalyzeRun"
    echo "run-analyze-bench: 'parley analyze' does not take --samples/--threads yet; timing $cmd" >&2
  fi
fi
scenario_arg=""
if [ -n "${SCENARIO:-}" ]; then
  case "$cmd" in
    *AnalyzeRun*) scenario_arg="--scenario $SCENARIO" ;;
    *) scenario_arg="$SCENARIO" ;;
  esac
fi

echo "machine: $(nproc) cores, $(uname -sm), $(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A mean
for t in $threads_list; do
  run="$cmd $scenario_arg --samples $samples --seed $seed --threads $t"
  if [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null 2>&1; then
    json="$(mktemp)"
    hyperfine --style basic --warmup "$warmup" --runs "$runs" --export-json "$json" --command-name "threads=$t" "$run >/dev/null"
    mean[$t]="$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["mean"])' "$json" 2>/dev/null \
      || grep -o '"mean": *[0-9.]*' "$json" | head -1 | grep -o '[0-9.]*$')"
    rm -f "$json"
  else
    for ((w = 0; w < warmup; w++)); do $run >/dev/null; done
    times=()
    for ((r = 0; r < runs; r++)); do
      s=$(date +%s.%N)
      $run >/dev/null
      e=$(date +%s.%N)
      times+=("$(awk -v a="$s" -v b="$e" 'BEGIN {printf "%.3f", b - a}')")
    done
    mean[$t]="$(printf '%s\n' "${times[@]}" | awk '{s += $1} END {printf "%.3f", s / NR}')"
    printf 'threads=%s  runs: %s  mean %s s\n' "$t" "${times[*]}" "${mean[$t]}"
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "| threads | mean wall time (s), $samples samples, JVM start included |"
echo "|---|---|"
for t in $threads_list; do printf '| %s | %.2f |\n' "$t" "${mean[$t]}"; done
first="$(echo "$threads_list" | awk '{print $1}')"
for t in $threads_list; do
  if [ "$t" != "$first" ]; then
    awk -v a="${mean[$first]}" -v b="${mean[$t]}" -v f="$first" -v t="$t" 'BEGIN {printf "speed-up %s -> %s threads: %.2fx\n", f, t, a / b}'
  fi
done
if [ -n "$out" ]; then
  {
    echo "| threads | mean wall (s) |"
    echo "|---|---|"
    for t in $threads_list; do printf '| %s | %.2f |\n' "$t" "${mean[$t]}"; done
  } >"$out"
fi

#!/usr/bin/env bash
# Compares `parley solve` with Gambit's recorded runs in the shared reference set.
#
#   parley-bench/compare-gambit.sh outputs    # every index.tsv row: is our output line-identical?
#   parley-bench/compare-gambit.sh timings    # every timings.tsv row: whole-process wall time
#
# `outputs` runs the Parley equivalent of each Gambit command (gambit-lcp -q -d 10 ->
# parley solve --method lcp -d 10, ...) and compares the lines with Gambit's recorded output:
#   identical  same lines in the same order (what `diff` sees)
#   same-set   the same lines in another order or multiplicity (sort -u on both sides)
#   within 1e-6  the same number of lines and numbers, each within 1e-6 (floating-point methods)
#   differs    anything else (the first differing line pair is shown with VERBOSE=1)
#   refused    both tools refused the game (e.g. imperfect recall), or Gambit timed out and we
#              stopped at our limit
#   skipped    Gambit did not finish (index.tsv note "timeout"), or the method is not offered
# `timings` times `parley solve` for each recorded Gambit median (JVM start included, as Gambit's
# figure includes its process start), prints both, and compares our output with Gambit's recorded
# one for that run where there is one (out/<game>__<tag>__<version>.txt; "-" where Gambit did not
# finish).
#
# Environment: REF (default ../shared/reference/games beside the repository), VERSION (Gambit
# version whose rows to use; 16.7.0), ONLY (a regular expression on the file name), TIMEOUT
# (seconds per run; 120), PARLEY (the command, default ./parley), PLAYERS (only games with this many players, e.g. 2), VERBOSE=1,
# STRICT=1 (exit 1 when any compared row differs).
# The markdown table goes to standard output, progress to standard error.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ref="${REF:-$root/../shared/reference/games}"
version="${VERSION:-16.7.0}"
only="${ONLY:-.}"
limit="${TIMEOUT:-120}"
players_only="${PLAYERS:-}"
mode="${1:-outputs}"

[ -f "$ref/index.tsv" ] || { echo "compare-gambit: no $ref/index.tsv (set REF to the reference games folder)" >&2; exit 2; }
# The command to time: the launcher (built on first use) unless PARLEY names another.
parley_cmd="${PARLEY:-$root/parley}"
$parley_cmd --version >/dev/null

# The parley solve arguments for a Gambit tag (index.tsv column `tag`), or nothing when Parley
# does not offer the method.
args_for() {
  case "$1" in
    enumpure) echo "--method enumpure" ;;
    enummixed) echo "--method enummixed" ;;
    enummixed-d10) echo "--method enummixed -d 10" ;;
    enummixed-c) echo "--method enummixed -c" ;;
    lcp | lcp-all) echo "--method lcp" ;;
    lcp-d10) echo "--method lcp -d 10" ;;
    lcp-S) echo "--method lcp -S" ;;
    lcp-e1) echo "--method lcp --max-equilibria 1" ;;
    lcp-e1-d10) echo "--method lcp --max-equilibria 1 -d 10" ;;
    lp) echo "--method lp" ;;
    lp-d10) echo "--method lp -d 10" ;;
    lp-S) echo "--method lp -S" ;;
    logit-e) echo "--method logit -d 10" ;;
    simpdiv) echo "--method simpdiv" ;;
    *) echo "" ;;
  esac
}

# True when both files have the same lines up to 1e-6 in every number (floating-point methods).
close() {
  awk -F, 'NR == FNR { want[FNR] = $0; n = FNR; next }
    { m = FNR; split(want[FNR], w, ","); if (NF != length(w) || $1 != w[1]) bad = 1
      for (i = 2; i <= NF; i++) { d = $i - w[i]; if (d < 0) d = -d; if (d > 1e-6) bad = 1 } }
    END { exit (bad || n != m) }' "$2" "$1"
}

# How our lines ($1) compare with Gambit's ($2): identical, same-set, within 1e-6 or differs.
compare_lines() {
  if diff -q "$1" "$2" >/dev/null; then
    echo "identical"
  elif diff -q <(sort -u "$1") <(sort -u "$2") >/dev/null; then
    echo "same-set"
  elif close "$1" "$2"; then
    echo "within 1e-6"
  else
    echo "differs"
  fi
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Runs parley solve; sets $wall (seconds) and $rc.
run() {
  local start end
  start=$(date +%s.%N)
  set +e
  timeout "$limit" $parley_cmd solve --timeout "$limit" "$@" >"$tmp/got" 2>"$tmp/err"
  rc=$?
  set -e
  end=$(date +%s.%N)
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
}

case "$mode" in
outputs)
  declare -A count=()
  bad=0
  echo "| game | Gambit command | result | Gambit s | Parley s |"
  echo "|---|---|---|---|---|"
  while IFS=$'\t' read -r file players _ ver cmd tag rc_g neq _ out gwall _ _ _ _ note; do
    [ "$ver" = "$version" ] || continue
    [[ "$file" =~ $only ]] || continue
    [ -z "$players_only" ] || [ "$players" = "$players_only" ] || continue
    a="$(args_for "$tag")"
    if [ -z "$a" ]; then
      result="skipped (not offered)"
    elif [[ "$note" == *timeout* ]] || [ "$rc_g" = 124 ]; then
      result="skipped (Gambit timed out)"
    else
      echo "compare-gambit: $file $tag" >&2
      # shellcheck disable=SC2086
      run $a "$ref/games/$file"
      if [ "$rc_g" != 0 ]; then
        if [ "$rc" = 2 ] && [ ! -s "$tmp/got" ]; then result="refused"; else result="differs"; fi
      else
        result="$(compare_lines "$tmp/got" "$ref/$out")"
        if [ "$result" = differs ] && [ "${VERBOSE:-}" = 1 ]; then
          { echo "  ours:   $(head -c 300 "$tmp/got")"; echo "  gambit: $(head -c 300 "$ref/$out")"; } >&2
        fi
      fi
      [ "$result" = differs ] && bad=$((bad + 1))
    fi
    count[$result]=$(( ${count[$result]:-0} + 1 ))
    echo "| $file | \`${cmd/ <file>/}\` | $result | $gwall | ${wall:-} |"
    wall=""
  done < <(tail -n +2 "$ref/index.tsv" | awk -F'\t' -v OFS='\t' '{ for (i = 1; i <= NF; i++) if ($i == "") $i = "-"; print }')
  {
    echo
    for k in "${!count[@]}"; do echo "$k: ${count[$k]}"; done | sort
  } >&2
  if [ "${STRICT:-}" = 1 ] && [ "$bad" -gt 0 ]; then exit 1; fi
  ;;
timings)
  echo "| game | Gambit tag | Gambit median s | Parley s | ratio | output |"
  echo "|---|---|---|---|---|---|"
  while IFS=$'\t' read -r game ver tag median _; do
    [ "$ver" = "$version" ] || continue
    [[ "$game" =~ $only ]] || continue
    a="$(args_for "$tag")"
    [ -n "$a" ] || continue
    echo "compare-gambit: timing $game $tag" >&2
    # shellcheck disable=SC2086
    run $a "$ref/games/$game"
    if [ "$rc" = 0 ]; then
      ratio=$(awk -v g="$median" -v p="$wall" 'BEGIN { if (p > 0) printf "%.1f×", g / p; else print "-" }')
    else
      ratio="exit $rc"
    fi
    # the same equilibria as Gambit's recorded run, where it finished
    want="$ref/out/${game%.*}__${tag}__${version}.txt"
    if [ ! -s "$want" ] || [ "$rc" != 0 ]; then
      same="-"
    else
      same="$(compare_lines "$tmp/got" "$want")"
    fi
    echo "| $game | $tag | $median | $wall | $ratio | $same |"
  done < <(tail -n +2 "$ref/timings.tsv")
  ;;
*)
  echo "compare-gambit: unknown mode '$mode'; expected outputs or timings" >&2
  exit 2
  ;;
esac

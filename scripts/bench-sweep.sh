#!/usr/bin/env bash
# Sweep scaling (issue 13, target 4): the same experiment with --parallel 1 and with --parallel N, run
# alternately R times, each into its own temporary folder; prints the wall seconds of each, the speed-up
# (target: at least 1.7x with --parallel 2 on place-vs-national), runs per hour, and checks that the
# datasets are byte-identical whatever the parallelism (exit code 1 if they are not).
#   bash scripts/bench-sweep.sh [--experiment FILE] [--parallel N] [--reps R] [--set key=value]...
# Defaults: scenarios/experiments/place-vs-national.yaml (3 arms x 20 replications of the UK baseline),
# N = 2, R = 1. A sweep is run in full each time (no resume): about 5 minutes per pair on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."

experiment=scenarios/experiments/place-vs-national.yaml parallel=2 reps=1 sets=()
usage() { echo "usage: bash scripts/bench-sweep.sh [--experiment FILE] [--parallel N] [--reps R] [--set key=value]..." >&2; exit 64; }
while [ $# -gt 0 ]; do
  [ $# -ge 2 ] || usage
  case "$1" in
    --experiment) experiment="$2" ;;
    --parallel) parallel="$2" ;;
    --reps) reps="$2" ;;
    --set) sets+=(--set "$2") ;;
    *) usage ;;
  esac
  shift 2
done
for v in "$parallel" "$reps"; do [[ "$v" =~ ^[1-9][0-9]*$ ]] || usage; done
[ -f "$experiment" ] || { echo "bench-sweep: no such experiment file: $experiment" >&2; exit 64; }

work="$(mktemp -d "${TMPDIR:-/tmp}/adoptionsim-bench-sweep.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "building the CLI (Release)..." >&2
dotnet build src/AdoptionSim.Cli -c Release --nologo -v quiet >/dev/null
cli="src/AdoptionSim.Cli/bin/Release/net10.0/adoptionsim.dll"

# sweep P OUT: runs the whole sweep with P runs at once and prints its wall seconds.
sweep() {
  local start end
  start=$(date +%s.%N)
  dotnet "$cli" sweep "$experiment" --parallel "$1" --out "$2" "${sets[@]}" >"$2.log" 2>&1 || { cat "$2.log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {print b - a}'
}

# The sha256 of every Parquet file of a sweep folder (paths relative to it): what must not depend on --parallel.
fingerprint() { (cd "$1" && find . -name '*.parquet' -type f | LC_ALL=C sort | xargs sha256sum); }

runs=""
one=() many=()
for r in $(seq 1 "$reps"); do
  one+=("$(sweep 1 "$work/p1-$r")")
  many+=("$(sweep "$parallel" "$work/pn-$r")")
  [ -n "$runs" ] || runs=$(find "$work/p1-$r" -name run.json -type f | wc -l)
  if ! diff <(fingerprint "$work/p1-$r") <(fingerprint "$work/pn-$r") >/dev/null; then
    echo "DIFFER: the datasets of --parallel 1 and --parallel $parallel are not byte-identical" >&2
    exit 1
  fi
  rm -rf "$work/p1-$r" "$work/pn-$r"
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
m1=$(median "${one[@]}") mn=$(median "${many[@]}")
echo "sweep $experiment: $runs runs; median of $reps repetition(s), alternating; machine: $(nproc) cores, 1-minute load $(cut -d' ' -f1 /proc/loadavg) at the end"
echo
echo "| parallel | seconds | runs per hour |"
echo "|---|---|---|"
awk -v n="$runs" -v s="$m1" 'BEGIN {printf "| 1 | %.1f | %.0f |\n", s, n * 3600 / s}'
awk -v n="$runs" -v s="$mn" -v p="$parallel" 'BEGIN {printf "| %d | %.1f | %.0f |\n", p, s, n * 3600 / s}'
echo
awk -v a="$m1" -v b="$mn" -v p="$parallel" 'BEGIN {printf "speed-up with --parallel %d: %.2fx (target >= 1.7x for --parallel 2); datasets byte-identical\n", p, a / b}'

#!/usr/bin/env bash
# Submits a sweep to Slurm as a job array of N shards, then `summarize` as a job that starts only when
# every shard has succeeded (afterok). Both jobs run scripts/slurm/adoptionsim.sbatch.
#
#   bash scripts/slurm/submit.sh --shards N --out DIR [--logs DIR] [--sbatch OPTION]… \
#       EXPERIMENT [sweep options, e.g. --set replications=20]
#
#   --shards N       array tasks 0 … N-1; task i runs `adoptionsim sweep EXPERIMENT --out DIR … --shard i/N`
#   --out DIR        the sweep folder (on a file system every node sees); summarize reads it
#   --logs DIR       where Slurm writes each job's output (default: logs); kept out of the sweep folder
#   --sbatch OPTION  passed to both sbatch calls, e.g. --sbatch --partition=short --sbatch --time=01:00:00
#
# Which adoptionsim the jobs run: $ADOPTIONSIM if set, else this checkout's Release build
# (dotnet build src/AdoptionSim.Cli -c Release), else `adoptionsim` on PATH. Jobs run in the current
# directory, so relative paths mean the same to them as here.
#
# A failed shard leaves the summary job unstarted and then cancelled (--kill-on-invalid-dep); submit the
# same command again: complete runs are skipped, only the rest run.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
job_script=$repo/scripts/slurm/adoptionsim.sbatch

usage() {
  sed -n '5,11p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 64
}

shards="" out="" logs=logs sbatch_options=()
while [ $# -gt 0 ]; do
  case $1 in
    --shards) shards=${2:-}; shift 2 || usage ;;
    --out) out=${2:-}; shift 2 || usage ;;
    --logs) logs=${2:-}; shift 2 || usage ;;
    --sbatch) sbatch_options+=("${2:-}"); shift 2 || usage ;;
    -h|--help) usage ;;
    --*) echo "submit.sh: unknown option $1 (options go before EXPERIMENT; sweep options after it)" >&2; usage ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || { echo "submit.sh: no EXPERIMENT file" >&2; usage; }
experiment=$1; shift
[[ $shards =~ ^[1-9][0-9]*$ ]] || { echo "submit.sh: --shards needs a whole number ≥ 1, got '$shards'" >&2; exit 64; }
[ -n "$out" ] || { echo "submit.sh: --out DIR is required (the folder the shards share and summarize reads)" >&2; exit 64; }
[ -f "$experiment" ] || { echo "submit.sh: $experiment: no such file" >&2; exit 2; }
command -v sbatch >/dev/null || { echo "submit.sh: sbatch not found: run this on a Slurm login node" >&2; exit 1; }

if [ -z "${ADOPTIONSIM:-}" ] && [ -f "$repo/src/AdoptionSim.Cli/bin/Release/net10.0/adoptionsim.dll" ]; then
  export ADOPTIONSIM="dotnet $repo/src/AdoptionSim.Cli/bin/Release/net10.0/adoptionsim.dll"
fi

mkdir -p "$logs"
name=$(basename "$experiment" .yaml)
submit() { # sbatch ARGS…: shows the command, prints the job id (sbatch --parsable gives "id" or "id;cluster")
  printf '+' >&2; printf ' %q' sbatch "$@" >&2; echo >&2
  local id
  id=$(sbatch --parsable "$@")
  echo "${id%%;*}"
}
array_job=$(submit --array="0-$((shards - 1))" --job-name="sweep-$name" --output="$logs/sweep-$name-%A_%a.out" \
  "${sbatch_options[@]}" "$job_script" --shards "$shards" sweep "$experiment" --out "$out" "$@")
summary_job=$(submit --dependency="afterok:$array_job" --kill-on-invalid-dep=yes --job-name="summarize-$name" \
  --output="$logs/summarize-$name-%j.out" "${sbatch_options[@]}" "$job_script" summarize "$out")

echo "submitted: array job $array_job (sweep $experiment, shards 0-$((shards - 1)) of $shards) into $out"
echo "submitted: job $summary_job (summarize $out), starts when every task of job $array_job has succeeded"
echo "logs: $logs/sweep-$name-${array_job}_<task>.out, $logs/summarize-$name-$summary_job.out"
echo "watch: squeue -j $array_job,$summary_job"

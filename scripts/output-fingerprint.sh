#!/usr/bin/env bash
# Fingerprints every output of every bundled scenario and the quick example experiments, so a
# restructuring can be checked byte for byte: build once with a fixed build id (the commit stamped
# into Parquet metadata would otherwise differ), run everything, and print a sha256 per file.
#
#   bash scripts/output-fingerprint.sh OUTDIR > before.txt   # on the old commit
#   bash scripts/output-fingerprint.sh OUTDIR > after.txt    # on the new one
#   diff before.txt after.txt                                 # empty: byte-identical
#
# run.json is left out (it holds wall-clock timings and peak memory); everything else is hashed.
# Set FULL=1 to include the 60-run place-vs-national experiment (a few minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: output-fingerprint.sh OUTDIR}
rm -rf "$out"; mkdir -p "$out"
bin=$out/bin
dotnet build src/AdoptionSim.Cli -c Release -o "$bin" -p:SourceRevisionId=fingerprint --nologo -v q >&2
sim() { dotnet "$bin/adoptionsim.dll" "$@" >&2; }
for f in scenarios/*.yaml; do
  name=$(basename "$f" .yaml)
  sim run "$f" --out "$out/runs/$name" --force --threads 2
done
experiments=(two-cities-q feedbacks-on-off)
[ "${FULL:-0}" = 1 ] && experiments+=(place-vs-national)
for e in "${experiments[@]}"; do
  extra=()
  [ "$e" = feedbacks-on-off ] && extra=(--set replications=2 --set ticks=12)
  sim sweep "scenarios/experiments/$e.yaml" --out "$out/sweeps/$e" --parallel 2 "${extra[@]}"
  sim summarize "$out/sweeps/$e"
done
(cd "$out" && find runs sweeps -type f ! -name run.json ! -name '*.log' -print0 | sort -z | xargs -0 sha256sum)

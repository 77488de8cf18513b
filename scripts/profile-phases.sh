#!/usr/bin/env bash
# CPU seconds of each part of a run, from a Linux `perf` sampling profile (cpu-clock: time on a core, so a
# busy machine changes the figures far less than the wall-clock stopwatches in run.json do).
#   bash scripts/profile-phases.sh DLL [adoptionsim arguments...]
# e.g. bash scripts/profile-phases.sh src/AdoptionSim.Cli/bin/Release/net10.0/adoptionsim.dll \
#          bench scenarios/bench/bass-network.yaml --threads 1
# Prints CPU seconds and share per part: each tick phase (the frame TickSchedule.RunTick calls; phase
# Run methods are often inlined or tail-called, so classes of each phase are matched), build, outputs
# (the rest of ScenarioRun) and other (runtime threads: JIT, GC, start-up); then the hottest methods
# of the adopt phase. Needs perf and python3; the runtime settings below make JIT code nameable and
# change timings a little, so a profile is not a benchmark run: compare profiles with profiles.
# They also compile every method optimised at once, which hides what tiering costs: to see per-tick code that still runs
# unoptimised, profile without them (docs/performance.md, "How to profile").
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bash scripts/profile-phases.sh DLL [adoptionsim arguments...]" >&2; exit 64; }
dll=$1; shift
work="$(mktemp -d "${TMPDIR:-/tmp}/adoptionsim-profile.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 DOTNET_ReadyToRun=0 DOTNET_TieredCompilation=0
perf record -q -e cpu-clock -F 999 -g -o "$work/perf.data" dotnet "$dll" "$@" >/dev/null
perf script -i "$work/perf.data" 2>/dev/null >"$work/perf.txt"
python3 - "$work/perf.txt" <<'PY'
import collections, re, sys
rules = [("AdoptPhase", "adopt"), ("AdoptionKernel", "adopt"), ("Chunks", "adopt"), ("EconomyPhase", "economy"),
         ("CityEconomy", "economy"), ("Economics", "economy"), ("BeginTickPhase", "begin"), ("PolicyPhase", "policy"),
         ("BrokerPhase", "broker"), ("DynamicTies", "broker"), ("InventPhase", "invent"), ("RelocationPhase", "relocate"),
         ("EntryPhase", "enter"), ("MigrationPhase", "migrate")]
parts, adopt, total = collections.Counter(), collections.Counter(), 0
def name(frame):
    m = re.search(r"\] ([\w.+`<>]+::[\w<>`]+)", frame)
    return m.group(1) if m else frame.strip()[:60]
def classify(frames):
    for i, frame in enumerate(frames):
        if "TickSchedule`1" in frame and "::RunTick" in frame:
            callee = name(frames[i - 1]) if i > 0 else "?"
            return next((part for pattern, part in rules if pattern in callee), "tick: other")
    if any("WorldBuilder::Build" in f for f in frames): return "build"
    if any("ScenarioRun::" in f for f in frames): return "outputs"
    return "other (runtime threads, JIT, GC, start-up)"
def flush(frames):
    global total
    if not frames: return
    total += 1
    part = classify(frames)
    parts[part] += 1
    if part == "adopt": adopt[name(frames[0])] += 1
frames = []
for line in open(sys.argv[1], errors="replace"):
    if line.strip() and line[0] in " \t": frames.append(line); continue
    flush(frames); frames = []
flush(frames)
print("| part | CPU seconds | share |\n|---|---|---|")
for part, n in parts.most_common(): print(f"| {part} | {n / 999:.2f} | {100 * n / total:.1f}% |")
print(f"| total | {total / 999:.2f} | |\n\nadopt phase, hottest methods (CPU seconds):")
for method, n in adopt.most_common(6): print(f"  {n / 999:.2f}  {method}")
PY

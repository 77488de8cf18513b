#!/usr/bin/env bash
# The README's test command: sets up everything a fresh machine lacks, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet test AdoptionSim.sln -c Release --nologo "$@"
# scripts/slurm/ on a real single-node Slurm (docs/cluster.md). It skips, saying why, only without root or sudo.
bash scripts/slurm/selftest.sh

#!/usr/bin/env bash
# The README's test command: sets up everything a fresh machine lacks, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Formatting as .editorconfig says (whitespace, using order, file-scoped namespaces): fix with `dotnet format AdoptionSim.sln`.
dotnet restore AdoptionSim.sln --nologo --verbosity quiet
dotnet format AdoptionSim.sln --no-restore --verify-no-changes --verbosity quiet || { echo "formatting differs from .editorconfig: run 'dotnet format AdoptionSim.sln'" >&2; exit 1; }
dotnet test AdoptionSim.sln -c Release --nologo "$@"
# scripts/slurm/ on a real single-node Slurm (docs/cluster.md). It skips, saying why, only without root or sudo.
bash scripts/slurm/selftest.sh

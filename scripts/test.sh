#!/usr/bin/env bash
# The README's test command: sets up everything a fresh machine lacks, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet test AdoptionSim.sln -c Release --nologo "$@"

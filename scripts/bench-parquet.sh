#!/usr/bin/env bash
# Parquet write benchmark (issue 2): our writer on a per-city-per-tick table (4 int, 4 double,
# 2 dictionary-string columns) against DuckDB's COPY … TO (FORMAT parquet) with 1 thread and with
# its default threads. Also runs a table a tenth the size in a separate process, to show that
# peak memory is set by the row-group size rather than by the table's length.
#   bash scripts/bench-parquet.sh [--rows N]      (default 10,000,000)
set -euo pipefail
cd "$(dirname "$0")/.."

rows=10000000
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows="$2"; shift 2 ;;
    *) echo "usage: bash scripts/bench-parquet.sh [--rows N]" >&2; exit 2 ;;
  esac
done

if [ ! -d tests/readers/node_modules ]; then
  echo "bench: installing the npm readers (DuckDB) first"
  bash scripts/setup.sh
fi

out="$(mktemp -d "${TMPDIR:-/tmp}/adoptionsim-bench-parquet.XXXXXX")"
trap 'rm -rf "$out"' EXIT

dotnet build bench/AdoptionSim.Bench.Parquet -c Release --nologo -v quiet >/dev/null
bench="bench/AdoptionSim.Bench.Parquet/bin/Release/net10.0/AdoptionSim.Bench.Parquet.dll"

echo "== $((rows / 10)) rows (peak memory for comparison) =="
dotnet "$bench" --rows "$((rows / 10))" --out "$out"
rm -f "$out"/*.parquet
echo
echo "== $rows rows, with DuckDB =="
dotnet "$bench" --rows "$rows" --out "$out" --duckdb

"""Rebuilds two-cities-synthetic.csv from one run of two-cities-ideas.yaml exported as CSV (see README.md).

Usage: python3 make-synthetic.py RUN_DIR/csv/city_ticks.csv > two-cities-synthetic.csv
Rows: each city's adoption share every year (ticks 4, 8, ..., 40), the national adoptions from outside
firms' contacts every half year (ticks 2, 4, ..., 40) and the national introductions at ticks 10, 20, 30, 40;
national counts are the sums over the cities, as `calibrate` computes them.
"""
import csv
import sys

rows = list(csv.DictReader(open(sys.argv[1], newline="")))
by_tick = {}
for r in rows:
    by_tick.setdefault(int(r["tick"]), []).append(r)


def national(tick, column):
    return sum(int(r[column]) for r in by_tick[tick])


def number(text):
    # Python's repr of a float is its shortest round-trip form, as .NET's "R" format is.
    value = float(text)
    return str(int(value)) if value == int(value) and "e" not in text.lower() and "." not in text else repr(value)


out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["tick", "city", "measure", "value"])
for tick in range(4, 41, 4):
    for r in by_tick[tick]:
        out.writerow([tick, r["city"], "city_ticks.adoption_share", number(r["adoption_share"])])
for tick in range(2, 41, 2):
    out.writerow([tick, "", "city_ticks.adoptions_external", national(tick, "adoptions_external")])
for tick in (10, 20, 30, 40):
    out.writerow([tick, "", "city_ticks.introductions", national(tick, "introductions")])

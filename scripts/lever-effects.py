#!/usr/bin/env python3
"""Paired effects of each lever arm against the baseline arm of a summarized-or-not sweep, in real units.

    python3 scripts/lever-effects.py outputs/experiments/levers [--baseline baseline]

Per replicate r, for each arm and the baseline at the same seed (common random numbers): real adoptions over the
run (Σ model adoptions × R, R = real_firms_per_model_firm of run.json), in all cities and in the cities where the
lever spent; the share of firms that have adopted anything at the last tick; the lever's spend, real firms reached
and attributable real adoptions (policy_ticks). Prints each paired difference with a Student-t 95% CI (n − 1
degrees of freedom) and real adoptions added per £m. Needs only the Python standard library and the adoptionsim
CLI (ADOPTIONSIM, default `dotnet src/AdoptionSim.Cli/bin/Release/net10.0/adoptionsim.dll`), which exports the
dataset's Parquet to CSV in a temporary folder that is removed afterwards.
"""
import csv, glob, json, math, os, shlex, shutil, statistics, subprocess, sys, tempfile

T95 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262, 10: 2.228,
       12: 2.179, 15: 2.131, 19: 2.093, 20: 2.086, 25: 2.060, 30: 2.042}


def t95(df):
    return T95.get(df) or T95[min(T95, key=lambda k: abs(k - df))]


def export(cli, sweep, table, arm, out):
    folder = os.path.join(sweep, table, f"arm={arm}", "point=p0")
    if not os.path.isdir(folder):
        return
    target = os.path.join(out, table, arm)
    os.makedirs(target, exist_ok=True)
    subprocess.run(cli + ["export", folder, "--format", "csv", "--out", target], check=True, stdout=subprocess.DEVNULL)


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    sweep = args[0]
    baseline = args[args.index("--baseline") + 1] if "--baseline" in args else "baseline"
    cli = shlex.split(os.environ.get("ADOPTIONSIM", "dotnet src/AdoptionSim.Cli/bin/Release/net10.0/adoptionsim.dll"))
    arms = sorted(os.path.basename(d)[4:] for d in glob.glob(os.path.join(sweep, "city_ticks", "arm=*")))
    out = tempfile.mkdtemp(prefix="lever-effects-")
    try:
        for arm in arms:
            export(cli, sweep, "city_ticks", arm, out)
            export(cli, sweep, "policy_ticks", arm, out)
        report(sweep, out, arms, baseline)
    finally:
        shutil.rmtree(out)


def report(sweep, out, arms, baseline):
    reps = sorted(int(os.path.basename(f)[4:-4]) for f in glob.glob(os.path.join(out, "city_ticks", baseline, "rep=*.csv")))

    def real_per_model(arm, rep):
        with open(os.path.join(sweep, "runs", f"arm={arm}", "point=p0", f"rep={rep}", "run.json")) as f:
            return json.load(f)["real_firms_per_model_firm"]

    def policy(arm, rep):
        path = os.path.join(out, "policy_ticks", arm, f"rep={rep}.csv")
        if not os.path.exists(path):
            return 0.0, set(), 0.0, 0.0
        rows = list(csv.DictReader(open(path)))
        return (sum(float(r["spend"]) for r in rows), {r["city"] for r in rows if float(r["spend"]) > 0},
                sum(float(r["real_firms_reached"]) for r in rows), sum(float(r["adoptions_attributable"]) for r in rows))

    def outcomes(arm, rep, cities):
        rows = list(csv.DictReader(open(os.path.join(out, "city_ticks", arm, f"rep={rep}.csv"))))
        r = real_per_model(arm, rep)
        last = max(int(x["tick"]) for x in rows)
        final = [x for x in rows if int(x["tick"]) == last]
        return (sum(float(x["adoptions"]) for x in rows) * r,
                sum(float(x["adoptions"]) for x in rows if x["city"] in cities) * r,
                sum(float(x["adopters"]) for x in final) / sum(float(x["firms"]) for x in final))

    def ci(xs):
        m = statistics.mean(xs)
        h = t95(len(xs) - 1) * statistics.stdev(xs) / math.sqrt(len(xs)) if len(xs) > 1 else float("nan")
        return f"{m:+,.4g} [{m - h:+,.4g}, {m + h:+,.4g}]"

    print(f"{sweep}: {len(reps)} paired replicates against '{baseline}'; Student-t 95% CI")
    for arm in arms:
        if arm == baseline:
            continue
        rows = []
        for rep in reps:
            spend, cities, reach, attributable = policy(arm, rep)
            lever, base = outcomes(arm, rep, cities), outcomes(baseline, rep, cities)
            rows.append((spend, reach, attributable, lever[0] - base[0], lever[1] - base[1], lever[2] - base[2],
                         (lever[0] - base[0]) / (spend / 1e6) if spend > 0 else float("nan")))
        spend, reach, attributable = (statistics.mean(r[i] for r in rows) for i in range(3))
        print(f"\n{arm}: spend £{spend / 1e6:,.1f}m, real firms reached {reach:,.0f}, attributable real adoptions "
              f"{attributable:,.0f}" + (f" (£{spend / attributable:,.0f} each)" if attributable > 0 else ""))
        print(f"  Δ real adoptions, all cities            {ci([r[3] for r in rows])}")
        print(f"  Δ real adoptions, cities it spent in    {ci([r[4] for r in rows])}")
        print(f"  Δ share of firms that have adopted      {ci([r[5] for r in rows])}")
        print(f"  Δ real adoptions per £m, all cities     {ci([r[6] for r in rows])}")


if __name__ == "__main__":
    main()

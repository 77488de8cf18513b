using AdoptionSim.Charts;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Figures;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.Parquet;
using static AdoptionSim.IO.Plotting.RunFigureData;

namespace AdoptionSim.IO.Plotting;

/// <summary>
/// The <c>journeys</c> figure (<see cref="JourneyFigure"/>) of a run, from its region_ticks.parquet, or of a
/// summarized sweep, from summary/summary_region.parquet (measure <c>stage_index</c>). Null when the folder has no
/// journeys (the governance layer was off).
/// </summary>
public static class JourneyPlots
{
    public const string Name = "journeys";

    public static SmallMultiplesSpec? ForRun(RunFigureData run)
    {
        var path = Path.Combine(run.Directory, RunTables.RegionTicks.FileName);
        if (!File.Exists(path)) return null;
        var table = ParquetFile.Read(path);
        if (table.RowCount == 0) return null;
        var ticks = Column(table, "tick", table.GetInt32);
        var region = Column(table, "region", table.GetString);
        var stage = Column(table, "stage_index", table.GetInt32);
        var style = Column(table, "style", table.GetString);
        var moment = Column(table, "critical_moment", table.GetInt32);
        var index = run.Ticks.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var order = new List<string>();
        var series = new Dictionary<string, (double[] Stage, string[] Style, bool[] Moment)>(StringComparer.Ordinal);
        for (var row = 0; row < table.RowCount; row++)
        {
            if (region[row] is not { } name || !index.TryGetValue(ticks[row], out var t)) continue;
            if (!series.TryGetValue(name, out var s))
            {
                s = (Filled(run.Ticks.Count), new string[run.Ticks.Count], new bool[run.Ticks.Count]);
                Array.Fill(s.Style, "");
                series[name] = s;
                order.Add(name);
            }
            s.Stage[t] = stage[row];
            s.Style[t] = style[row] ?? "";
            s.Moment[t] = moment[row] > 0;
        }

        var journeys = order.Select(n => new RegionJourney(n, series[n].Stage, series[n].Style, series[n].Moment)).ToList();
        var title = "Regional innovation journeys" + (run.Scenario is { } scenario ? $": {scenario}" : "");
        return JourneyFigure.BuildRun(run.Time, journeys, title);
    }

    public static SmallMultiplesSpec? ForSweep(SweepFigureData sweep, string point, string pointText)
    {
        var path = Path.Combine(sweep.Directory, SweepLayout.SummaryFolder, SummaryTables.Region.FileName);
        if (!File.Exists(path)) return null;
        var table = ParquetFile.Read(path);
        var arm = Column(table, "arm", table.GetString);
        var points = Column(table, "point", table.GetString);
        var ticks = Column(table, "tick", table.GetInt32);
        var region = Column(table, "region", table.GetString);
        var measure = Column(table, "measure", table.GetString);
        var n = Column(table, "n", table.GetInt32);
        var mean = Column(table, "mean", table.GetDouble);
        var low = Column(table, "ci_low", table.GetDouble);
        var high = Column(table, "ci_high", table.GetDouble);
        var index = sweep.Ticks.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var regions = new List<string>();
        var arms = new List<string>();
        var values = new Dictionary<(string Region, string Arm), (double[] Mean, double[] Low, double[] High)>();
        var replications = 0;
        for (var row = 0; row < table.RowCount; row++)
        {
            if (measure[row] != "stage_index" || points[row] != point || region[row] is not { } r || arm[row] is not { } a) continue;
            if (!index.TryGetValue(ticks[row], out var t)) continue;
            if (!values.TryGetValue((r, a), out var v))
            {
                v = (Filled(sweep.Ticks.Count), Filled(sweep.Ticks.Count), Filled(sweep.Ticks.Count));
                values[(r, a)] = v;
                if (!regions.Contains(r)) regions.Add(r);
                if (!arms.Contains(a)) arms.Add(a);
            }
            v.Mean[t] = mean[row];
            v.Low[t] = low[row];
            v.High[t] = high[row];
            replications = Math.Max(replications, n[row]);
        }
        if (regions.Count == 0) return null;

        var journeys = regions.Select(r => new RegionArmJourneys(r, arms.Where(a => values.ContainsKey((r, a)))
            .Select(a => new ArmSeries(a, new BandedSeries(values[(r, a)].Mean, values[(r, a)].Low, values[(r, a)].High))).ToList())).ToList();
        return JourneyFigure.BuildSweep(sweep.Time, journeys, "Regional innovation journeys" + pointText, replications > 0 ? replications : null);
    }
}

using System.Globalization;
using AdoptionSim.Analysis.Calibration;
using AdoptionSim.Analysis.Statistics;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.IO.Studies;

namespace AdoptionSim.IO.Calibration;

/// <summary>One point of a fitted series: a measure (and city) at a tick, the runs' weighted mean and central 95% range.</summary>
public sealed record FittedPoint(string Measure, string? City, int Tick, double? Year, double Mean, double Low, double High, int Runs);

/// <summary>
/// The runs that stand for the fit, weighted: for the method of moments every run made at the estimate (its R
/// common replicates, and the further runs of the covariance step), equally weighted; for ABC each particle's
/// run with its weight. From them: the simulated value of each moment, and the fitted series of every observed
/// measure at every tick (read from the runs' dataset files), with the spread of single runs as a 95% range.
/// </summary>
internal sealed class FittedRuns
{
    private readonly List<(StudyRunRecord Run, double Weight)> _runs;

    private FittedRuns(List<(StudyRunRecord, double)> runs) => _runs = runs;

    public int Count => _runs.Count;

    public static FittedRuns For(IReadOnlyList<StudyRunRecord> records, MomentsFit? fit, AbcPosterior? posterior)
    {
        var byKey = new Dictionary<string, StudyRunRecord>(StringComparer.Ordinal);
        foreach (var record in records) byKey.TryAdd(Key(record.Request.Values, record.Request.Seed), record);
        if (fit is not null)
        {
            var values = fit.Estimates.Select(e => e.Value).ToArray();
            var at = byKey.Values.Where(r => Key(r.Request.Values, 0) == Key(values, 0)).ToList();
            return new FittedRuns(at.Select(r => (r, 1.0 / at.Count)).ToList());
        }

        return new FittedRuns(posterior!.Particles.Select(p => (byKey[Key(p.Values, p.Seed)], p.Weight)).ToList());
    }

    /// <summary>The weighted mean of each moment over the runs (ABC's posterior predictive mean).</summary>
    public double[] MomentMeans(int moments) =>
        Enumerable.Range(0, moments).Select(k => _runs.Sum(r => r.Weight * r.Run.Statistics[k]) / _runs.Sum(r => r.Weight)).ToArray();

    /// <summary>Every tick 0 … T of each distinct (measure, city) observed: weighted mean and 2.5–97.5% range over the runs.</summary>
    public List<FittedPoint> Series(string directory, CalibrationSpec spec)
    {
        var ticks = spec.Setup.BaseScenario.Ticks;
        var years = spec.Setup.BaseScenario.Tick.Years;
        var series = spec.Observations.Select(o => (o.Probe.Measure, o.Probe.City)).Distinct().ToList();
        var probes = series.SelectMany(s => Enumerable.Range(0, ticks + 1).Select(t => new MeasureProbe(s.Measure, t, s.City))).ToArray();
        var values = _runs.Select(r =>
        {
            var folder = StudyBatch.Folder(directory, r.Run.Batch);
            return RunStatistics.Read(SweepLayout.DatasetFile(folder, RunTables.CityTicks.Name, StudyBatch.Arm, r.Run.Point, r.Run.Replicate),
                SweepLayout.DatasetFile(folder, RunTables.GapTicks.Name, StudyBatch.Arm, r.Run.Point, r.Run.Replicate), probes);
        }).ToArray();
        var weights = _runs.Select(r => r.Weight).ToArray();
        var points = new List<FittedPoint>(probes.Length);
        for (var p = 0; p < probes.Length; p++)
        {
            var column = values.Select(v => v[p]).ToArray();
            var finite = Enumerable.Range(0, column.Length).Where(i => double.IsFinite(column[i])).ToArray();
            var probe = probes[p];
            double? year = spec.StartYear is { } start ? start + probe.Tick * years : null;
            if (finite.Length == 0)
            {
                points.Add(new FittedPoint(probe.Measure.Text, probe.City, probe.Tick, year, double.NaN, double.NaN, double.NaN, 0));
                continue;
            }

            var v = finite.Select(i => column[i]).ToArray();
            var w = finite.Select(i => weights[i]).ToArray();
            var mean = v.Zip(w, (x, y) => x * y).Sum() / w.Sum();
            points.Add(new FittedPoint(probe.Measure.Text, probe.City, probe.Tick, year, mean, Quantiles.Weighted(v, w, 0.025), Quantiles.Weighted(v, w, 0.975), v.Length));
        }

        return points;
    }

    // Exact bit patterns of the values, and the seed: the same run is the same key.
    private static string Key(IReadOnlyList<double> values, long seed) =>
        string.Join(",", values.Select(x => BitConverter.DoubleToInt64Bits(x).ToString("X16", CultureInfo.InvariantCulture))) + ";"
        + seed.ToString(CultureInfo.InvariantCulture);
}

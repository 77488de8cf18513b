using System.Globalization;
using System.Text;
using AdoptionSim.Model.Statistics;

namespace AdoptionSim.IO.Experiments.Reports;

/// <summary>
/// The decomposition of the widening gap by mechanism, from a sweep whose baseline arm is the full model and
/// whose other arms each switch one mechanism off (scenarios/experiments/mechanisms.yaml): per arm the rise of
/// σ with its 95% interval, the paired difference baseline − arm (same seeds: what that mechanism makes) with
/// its interval and as a share of the baseline's rise, and the adoption and demography that go with it. A
/// Markdown table, so docs/model.md can be regenerated from the sweep with one command.
/// </summary>
public static class MechanismReport
{
    public static string Build(SummaryInput input)
    {
        var byArm = input.Arms.ToDictionary(a => a.Label, a =>
        {
            var point = a.Points[0];
            return point.Replicates.Select(r => ReplicateMeasures.Read(r, point.TickYears)).ToDictionary(m => m.Replicate);
        });
        var baseline = byArm[input.Baseline];
        var baselineRise = Summary.Of(baseline.Values.Select(m => m.SigmaRise).ToArray());
        var text = new StringBuilder();
        text.AppendLine("| arm | n | σ rise [95% CI] | baseline − arm [95% CI] | share of the baseline's rise | adoption share at the end | peer + brokered share of adoptions | births / yr | deaths / yr |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var arm in input.Arms)
        {
            var runs = byArm[arm.Label];
            var rise = Summary.Of(runs.Values.Select(m => m.SigmaRise).ToArray());
            var paired = runs.Keys.Where(baseline.ContainsKey).OrderBy(r => r).ToArray();
            var difference = Summary.PairedDifference(paired.Select(r => baseline[r].SigmaRise).ToArray(), paired.Select(r => runs[r].SigmaRise).ToArray());
            var isBaseline = arm.Label == input.Baseline;
            text.Append(CultureInfo.InvariantCulture, $"| {arm.Label} | {rise.N} | {Interval(rise)} | ");
            text.Append(isBaseline ? "— | — | " : $"{Interval(difference)} | {difference.Mean / baselineRise.Mean:P0} | ");
            text.Append(CultureInfo.InvariantCulture, $"{Format(Mean(runs.Values, m => m.NationalAdoptionShare), "F3")} | {Format(Mean(runs.Values, m => m.NetworkShare), "P0")} | ");
            text.AppendLine(CultureInfo.InvariantCulture, $"{Format(Mean(runs.Values, m => m.BirthsPerYear), "P1")} | {Format(Mean(runs.Values, m => m.DeathsPerYear), "P1")} |");
        }
        return text.ToString();
    }

    private static string Interval(SampleSummary s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Mean:F3} [{s.Lower:F3}, {s.Upper:F3}]");

    /// <summary>A value in the given format, or "—" where it is undefined (no adoptions in a run without ideas).</summary>
    private static string Format(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "—";

    private static double Mean(IEnumerable<ReplicateMeasures> runs, Func<ReplicateMeasures, double> measure)
    {
        var values = runs.Select(measure).Where(double.IsFinite).ToArray();
        return values.Length == 0 ? double.NaN : values.Average();
    }
}

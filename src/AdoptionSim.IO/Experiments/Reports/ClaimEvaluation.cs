using AdoptionSim.IO.Figures;
using AdoptionSim.Model.Statistics;

namespace AdoptionSim.IO.Experiments.Reports;

/// <summary>What the model says about a claim: supported (the 95% interval of the effect lies on the predicted side of zero), contradicted (on the other side), not resolved (it covers zero), or not run.</summary>
public enum Verdict { Supported, Contradicted, NotResolved, NotRun }

/// <summary>
/// One claim evaluated on a sweep: the effect at the last tick with its 95% interval (paired by replicate when
/// the claim compares two arms), per £ million of the arm's spend where it spends money, the verdict, and the
/// effect over time for its figure.
/// </summary>
public sealed record ClaimResult(Claim Claim, Verdict Verdict, string? Why, SampleSummary Effect, SampleSummary? PerMillion,
    double SpendMillions, int LastTick, double LastYears, TimeAxis? Time, BandedSeries? OverTime)
{
    public static ClaimResult NotRun(Claim claim, string why) => new(claim, Verdict.NotRun, why, default, null, 0, 0, 0, null, null);
}

/// <summary>Evaluates the claims of a sweep (<see cref="Claim"/>) from its dataset tables, at its first grid point.</summary>
public static class ClaimEvaluation
{
    public static IReadOnlyList<ClaimResult> Evaluate(SummaryInput input, IReadOnlyList<Claim> claims) =>
        claims.Select(c => Evaluate(input, c)).ToList();

    public static ClaimResult Evaluate(SummaryInput input, Claim claim)
    {
        var arm = PointOf(input, claim.Arm);
        var against = claim.Against is { } name ? PointOf(input, name) : null;
        if (arm is not { Replicates.Count: > 0 }) return ClaimResult.NotRun(claim, $"the sweep has no runs of arm '{claim.Arm}'");
        if (claim.Against is not null && against is not { Replicates.Count: > 0 })
            return ClaimResult.NotRun(claim, $"the sweep has no runs of arm '{claim.Against}'");

        var armData = arm.Replicates.ToDictionary(r => r.Replicate, r => new ClaimMeasures(r));
        var againstData = against?.Replicates.ToDictionary(r => r.Replicate, r => new ClaimMeasures(r));
        foreach (var (label, data) in new[] { (claim.Arm, armData), (claim.Against, againstData) })
        {
            if (data is not null && data.Values.Any(m => !m.Has(claim.Measure)))
                return ClaimResult.NotRun(claim, $"arm '{label}' has no region_ticks rows: the governance layer was off");
        }

        var targets = armData.Values.SelectMany(m => m.TargetCities()).Distinct().Order(StringComparer.Ordinal).ToList();
        var replicates = againstData is null ? armData.Keys.Order().ToList() : armData.Keys.Where(againstData.ContainsKey).Order().ToList();
        if (replicates.Count == 0) return ClaimResult.NotRun(claim, $"arms '{claim.Arm}' and '{claim.Against}' share no replicate");
        var armSeries = replicates.Select(r => armData[r].Series(claim.Measure, targets)).ToList();
        var againstSeries = againstData is null ? null : replicates.Select(r => againstData[r].Series(claim.Measure, targets)).ToList();
        var ticks = armSeries[0].Ticks.Where(t => againstSeries?.All(s => s.Ticks.Contains(t)) ?? true).ToArray();
        if (ticks.Length == 0) return ClaimResult.NotRun(claim, "the arms have no tick in common");

        var effects = new double[ticks.Length][];
        var overTime = new SampleSummary[ticks.Length];
        for (var i = 0; i < ticks.Length; i++)
        {
            var tick = ticks[i];
            var a = armSeries.Select(s => s.At(tick)).ToArray();
            var b = againstSeries?.Select(s => s.At(tick)).ToArray() ?? a.Select(_ => claim.Threshold).ToArray();
            effects[i] = a.Zip(b, (x, y) => x - y).ToArray();
            overTime[i] = againstSeries is null ? Summary.Of(a) : Summary.PairedDifference(a, b);
        }

        var last = ticks.Length - 1;
        var effect = Summary.Of(effects[last]);
        var spend = replicates.Select(r => armData[r].SpendMillions()).ToArray();
        SampleSummary? perMillion = spend.Average() > 0
            ? Summary.Of(effects[last].Zip(spend, (e, s) => s > 0 ? e / s : double.NaN).ToArray())
            : null;
        var verdict = !(effect.N >= 2 && double.IsFinite(effect.Lower)) ? Verdict.NotResolved
            : claim.Expect == ClaimExpectation.Higher ? (effect.Lower > 0 ? Verdict.Supported : effect.Upper < 0 ? Verdict.Contradicted : Verdict.NotResolved)
            : (effect.Upper < 0 ? Verdict.Supported : effect.Lower > 0 ? Verdict.Contradicted : Verdict.NotResolved);
        var time = TimeAxis.Years(ticks.Select(t => t * arm.TickYears).ToArray());
        var series = new BandedSeries(overTime.Select(s => s.Mean).ToArray(), overTime.Select(s => s.Lower).ToArray(), overTime.Select(s => s.Upper).ToArray());
        return new ClaimResult(claim, verdict, null, effect, perMillion, spend.Average(), ticks[last], ticks[last] * arm.TickYears, time, series);
    }

    /// <summary>The first grid point of an arm (claims are evaluated there), or null when the sweep has no such arm.</summary>
    private static SummaryPoint? PointOf(SummaryInput input, string arm) =>
        input.Arms.FirstOrDefault(a => a.Label == arm)?.Points.FirstOrDefault();
}

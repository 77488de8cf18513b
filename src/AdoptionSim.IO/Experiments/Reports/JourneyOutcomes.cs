using AdoptionSim.Core.Parameters;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Experiments.Reports;

/// <summary>
/// Counting the outcomes of critical moments read back from region_ticks, fairly: an outcome's rate is its count
/// over the moments at which it was possible (falling back is impossible from A, skipping from D and E; the rule
/// is the model's own, <see cref="Journey.Apply"/>), so that an outcome is not "least likely" merely because the
/// stage most moments start from rules it out.
/// </summary>
public static class JourneyOutcomes
{
    /// <summary>The outcomes as region_ticks writes them, in the model's order (forward last).</summary>
    public static readonly string[] Names = Journey.Outcomes.Select(o => EnumSchema<MomentOutcome>.Instance.NameOf(o)).ToArray();

    /// <summary>Whether outcome k of <see cref="Names"/> is possible from a stage (stage_index: A = 1 … E = 5).</summary>
    public static bool Possible(int from, int k) => Journey.Apply((JourneyStage)(from - 1), Journey.Outcomes[k]) is not null;

    /// <summary>Adds one moment from stage <paramref name="from"/> with outcome <paramref name="outcome"/> (a name of <see cref="Names"/>).</summary>
    public static void Count(int from, string outcome, double[] counts, double[] possible)
    {
        if (from is < 1 or > 5) throw new InvalidDataException($"region_ticks: stage_index {from} is outside 1 … 5");
        var found = false;
        for (var k = 0; k < Names.Length; k++)
        {
            if (Possible(from, k)) possible[k]++;
            if (Names[k] != outcome) continue;
            counts[k]++;
            found = true;
        }
        if (!found) throw new InvalidDataException($"region_ticks: outcome '{outcome}' is not one of {string.Join(", ", Names)}");
    }

    /// <summary>The rate of each outcome (NaN where it was never possible).</summary>
    public static double[] Rates(double[] counts, double[] possible) =>
        counts.Select((c, k) => possible[k] > 0 ? c / possible[k] : double.NaN).ToArray();

    /// <summary>Forward's rate minus the lowest rate of the others (negative: forward least likely); NaN before any moment.</summary>
    public static double ForwardMargin(double[] counts, double[] possible)
    {
        var rates = Rates(counts, possible);
        var others = rates.Take(Names.Length - 1).Where(double.IsFinite).ToList();
        return double.IsFinite(rates[^1]) && others.Count > 0 ? rates[^1] - others.Min() : double.NaN;
    }
}

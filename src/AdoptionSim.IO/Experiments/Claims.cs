using AdoptionSim.Core.Parameters;

namespace AdoptionSim.IO.Experiments;

/// <summary>The sign a claim predicts for its effect (arm − comparison, or arm − threshold).</summary>
public enum ClaimExpectation { Higher, Lower }

/// <summary>
/// What a claim is measured on, per replicate and tick, from the sweep's dataset tables. Each is computed by
/// <c>Reports.ClaimMeasures</c>; the doc of each is in <see cref="ClaimMeasureDocs"/>.
/// </summary>
public enum ClaimMeasure
{
    AdoptionShare,
    MeanProductivity,
    SigmaRise,
    NetworkShare,
    TargetAdoptionShare,
    TargetFirms,
    HubAdvantage,
    LocalLinksAdvantage,
    ForwardMargin,
    SuitedProgressGap,
    MeanStage,
}

/// <summary>One line per measure: what it is and its unit, for the schema's doc and the report.</summary>
public static class ClaimMeasureDocs
{
    public static string Of(ClaimMeasure measure) => measure switch
    {
        ClaimMeasure.AdoptionShare => "national adoption share (firm-weighted over cities; city_ticks)",
        ClaimMeasure.MeanProductivity => "national productivity per worker (worker-weighted over cities; city_ticks)",
        ClaimMeasure.SigmaRise => "rise since tick 0 of σ, the sd of log productivity per worker across cities (gap_ticks)",
        ClaimMeasure.NetworkShare => "share of all adoptions so far that came through ties (peer or brokered; city_ticks)",
        ClaimMeasure.TargetAdoptionShare => "adoption share of the cities the arm's levers target (firm-weighted; target cities from the arm's policy_ticks, the same cities in the comparison)",
        ClaimMeasure.TargetFirms => "alive firms in the cities the arm's levers target",
        ClaimMeasure.HubAdvantage => "adoption share of the largest fifth of cities (population at tick 0) minus that of the other cities",
        ClaimMeasure.LocalLinksAdvantage => "adoption share of the smaller technology innovators (below the median population) minus that of the other cities below the median",
        ClaimMeasure.ForwardMargin => "rate of simple forward progression at the critical moments so far minus the lowest rate of the other outcomes, each rate over the moments at which the outcome was possible (no falling back from A, no skipping from D or E); negative: forward is the least likely (region_ticks)",
        ClaimMeasure.SuitedProgressGap => "share of critical moments so far that moved a region on (forward or skip) when its style suited the stage ahead, minus the same share when it did not (region_ticks)",
        ClaimMeasure.MeanStage => "mean journey stage over regions (A = 1 … E = 5; region_ticks)",
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

    /// <summary>Every measure's name and doc, for the schema line.</summary>
    public static string All => string.Join("; ", Enum.GetValues<ClaimMeasure>().Select(m => $"`{EnumSchema<ClaimMeasure>.Instance.NameOf(m)}`: {Of(m)}"));
}

/// <summary>A claim as written in an experiment file, bound through <see cref="ExperimentSchema.Claim"/>.</summary>
internal sealed class ClaimFile
{
    public string Id { get; set; } = "";
    public string Claim { get; set; } = "";
    public string Source { get; set; } = "";
    public string Arm { get; set; } = "";
    public string? Against { get; set; }
    public double Threshold { get; set; }
    public ClaimMeasure Measure { get; set; } = ClaimMeasure.AdoptionShare;
    public ClaimExpectation Expect { get; set; } = ClaimExpectation.Higher;
    public string Note { get; set; } = "";
}

/// <summary>
/// A claim of the sources, declared once in an experiment file: what it says, where it comes from, the arm it is
/// about, what it is compared with (another arm paired by seed, or a threshold), the measure and the sign the claim
/// predicts. <c>adoptionsim report findings</c> derives everything else from it.
/// </summary>
public sealed record Claim(string Id, string Text, string Source, string Arm, string? Against, double Threshold,
    ClaimMeasure Measure, ClaimExpectation Expect, string Note)
{
    internal static Claim From(ClaimFile file) =>
        new(file.Id, file.Claim, file.Source, file.Arm, file.Against, file.Threshold, file.Measure, file.Expect, file.Note);
}

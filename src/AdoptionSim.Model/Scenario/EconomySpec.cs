using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>
/// The <c>feedbacks</c> section (keys in <see cref="Schema"/>): the cumulative-causation mechanisms, each
/// switchable (MODEL.md, "Invention, economics…"). With all four off, productivity still rises with adoption,
/// but firms neither enter, exit nor move, and rents stay put.
/// </summary>
public sealed class FeedbacksSpec
{
    public bool Exit { get; set; } = true;
    public bool Entry { get; set; } = true;
    public bool Relocation { get; set; } = true;
    public bool Rents { get; set; } = true;

    public static ObjectSchema<FeedbacksSpec> Schema { get; } =
        new ObjectSchema<FeedbacksSpec>("feedbacks", () => new FeedbacksSpec(), "The cumulative-causation mechanisms, each switchable; all on by default.")
            .Boolean(f => f.Exit, "Firms with losses for several ticks exit, and a base exit hazard applies.")
            .Boolean(f => f.Entry, "New firms enter each city at a rate rising with its attractiveness.")
            .Boolean(f => f.Relocation, "A small share of firms move towards more attractive cities, less so with distance.")
            .Boolean(f => f.Rents, "Rents rise with a city's attractiveness and density (gentrification).");
}

/// <summary>
/// The <c>economy</c> section (keys in <see cref="Schema"/>): productivity, margins, entry, exit, relocation
/// and rents. The defaults are stylised, chosen so that a few per cent of firms start with negative margins,
/// business births and deaths are each about 8–10% a year (ONS business demography), and a small share of
/// firms move each year; docs/model.md gives the reasoning.
/// </summary>
public sealed class EconomySpec
{
    public double ProductivitySd { get; set; } = 0.25;
    public double SkillsProductivityEffect { get; set; } = 0.4;
    public double WageShare { get; set; } = 0.35;
    public double Floorspace { get; set; } = 0.2;
    public SizeValues Workers { get; set; } = new() { Micro = 1, Small = 5, Medium = 25, Large = 100, Anchor = 500 };
    public double RateableShare { get; set; } = 1.0;
    public double ReliefFullBelow { get; set; } = 0.24;
    public double ReliefNoneAbove { get; set; } = 0.30;
    public int ExitAfterTicks { get; set; } = 4;
    public double BaseExitRate { get; set; } = 0.05;
    public double EntryRate { get; set; } = 0.08;
    public double EntryElasticity { get; set; } = 1.5;
    public double AttractProductivity { get; set; } = 1.0;
    public double AttractAdoption { get; set; } = 1.0;
    public double AttractSkills { get; set; } = 1.0;
    public double RelocationRate { get; set; } = 0.02;
    public double RelocationSelectivity { get; set; } = 2.0;
    public double RelocationDistanceKm { get; set; } = 150;
    public int NewFirmTies { get; set; } = 4;
    public double RentAttractiveness { get; set; } = 0.3;
    public double RentDensity { get; set; } = 0.3;

    // A model worker stands for many real ones (a model firm for about 40 real firms at the default density),
    // so a unit of model revenue is about £50,000 × 40.
    public double PoundsPerUnit { get; set; } = 2_000_000;
    public double RentAdjustment { get; set; } = 0.3;

    public static ObjectSchema<EconomySpec> Schema { get; } =
        new ObjectSchema<EconomySpec>("economy", () => new EconomySpec(), "Money per worker per year in model units: revenue = productivity; costs are wages, rent and business rates.")
            .Number(e => e.ProductivitySd, NumberRange.NonNegative, "Standard deviation of log initial productivity within a city.")
            .Number(e => e.SkillsProductivityEffect, NumberRange.NonNegative, "How much a city's skills (centred at 0.5) raise log initial productivity.")
            .Number(e => e.WageShare, NumberRange.NonNegative, "Wages per worker as a share of the city's mean productivity.")
            .Number(e => e.Floorspace, NumberRange.NonNegative, "Floorspace per worker; times the rent index gives rent per worker.")
            .Object(e => e.Workers, SizeValues.Schema("Workers per firm", NumberRange.Positive), "Workers per firm by size class.")
            .Number(e => e.RateableShare, NumberRange.NonNegative, "Rateable value as a multiple of annual rent.")
            .Number(e => e.ReliefFullBelow, NumberRange.NonNegative, "Small business rate relief is 100% up to this rateable value (England: £12,000).")
            .Number(e => e.ReliefNoneAbove, NumberRange.NonNegative, "…tapering to none at this rateable value (England: £15,000).")
            .Integer(e => e.ExitAfterTicks, 1, "Consecutive ticks of negative margin after which a firm exits.")
            .Number(e => e.BaseExitRate, NumberRange.NonNegative, "Exit hazard per year unrelated to margins.")
            .Number(e => e.EntryRate, NumberRange.NonNegative, "Entrants per year per existing firm in a city of average attractiveness.")
            .Number(e => e.EntryElasticity, NumberRange.NonNegative, "Entrants ∝ attractiveness^this.")
            .Number(e => e.AttractProductivity, NumberRange.NonNegative, "Weight of log relative mean productivity in log attractiveness.")
            .Number(e => e.AttractAdoption, NumberRange.NonNegative, "Weight of the adoption-share gap to the national mean in log attractiveness.")
            .Number(e => e.AttractSkills, NumberRange.NonNegative, "Weight of skills (difference from the mean) in log attractiveness.")
            .Number(e => e.RelocationRate, NumberRange.Unit, "Probability per year that a firm of its city's mean productivity considers moving.")
            .Number(e => e.RelocationSelectivity, NumberRange.NonNegative, "Elasticity of that probability to the firm's productivity relative to its city's mean.")
            .Number(e => e.RelocationDistanceKm, NumberRange.Positive, "Distance over which a destination's pull falls by a factor e.")
            .Integer(e => e.NewFirmTies, 0, "Local ties an entering or relocating firm makes in its city.")
            .Number(e => e.RentAttractiveness, NumberRange.NonNegative, "Elasticity of the target rent to attractiveness.")
            .Number(e => e.RentDensity, NumberRange.NonNegative, "Elasticity of the target rent to firm density (firms now / at the start).")
            .Number(e => e.PoundsPerUnit, NumberRange.Positive, "£ per model money unit, to cost rate relief and procurement revenue (a model firm stands for many real ones).")
            .Number(e => e.RentAdjustment, NumberRange.Unit, "Share of the gap to the target rent closed per year.");
}

using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>
/// The <c>feedbacks</c> section (keys in <see cref="Schema"/>): the cumulative-causation mechanisms, each
/// switchable (MODEL.md, "Invention, economics…"). With all off, productivity still rises with adoption, but
/// firms neither enter, exit nor move, skilled workers stay where they are, and rents stay put.
/// </summary>
public sealed class FeedbacksSpec
{
    public bool Exit { get; set; } = true;
    public bool Entry { get; set; } = true;
    public bool Relocation { get; set; } = true;
    public bool Rents { get; set; } = true;
    public bool Migration { get; set; } = true;

    public static ObjectSchema<FeedbacksSpec> Schema { get; } =
        new ObjectSchema<FeedbacksSpec>("feedbacks", () => new FeedbacksSpec(), "The cumulative-causation mechanisms, each switchable; all on by default.")
            .Boolean(f => f.Exit, "Firms exit at a base hazard, much faster when their margin is negative.")
            .Boolean(f => f.Entry, "New firms replace exits, towards a firm count that rises with the attractiveness a city gained.")
            .Boolean(f => f.Relocation, "A small share of firms move towards cities whose attractiveness rose more than their own, less so with distance.")
            .Boolean(f => f.Rents, "Rents rise with a city's firm density and population (congestion, gentrification).")
            .Boolean(f => f.Migration, "Skilled workers move towards cities whose wages and innovation rose, raising absorptive capacity there.");
}

/// <summary>
/// The <c>economy</c> section (keys in <see cref="Schema"/>): productivity, margins, entry, exit, relocation
/// and rents. Every rate is per year. Sources, or the label "assumption" with the range checked, are in
/// docs/model.md (§7.4 and the parameter table).
/// </summary>
public sealed class EconomySpec
{
    public double ProductivitySd { get; set; } = 0.25;
    public double SkillsProductivityEffect { get; set; } = 0.4;
    public double WageShare { get; set; } = 0.5;
    public double Floorspace { get; set; } = 0.2;
    public SizeValues Workers { get; set; } = new() { Micro = 1, Small = 5, Medium = 25, Large = 100, Anchor = 500 };
    public double RateableShare { get; set; } = 1.0;
    public double ReliefFullBelow { get; set; } = 0.24;
    public double ReliefNoneAbove { get; set; } = 0.30;
    public double BaseExitRate { get; set; } = 0.03;
    public double DistressExitRate { get; set; } = 1.0;
    public double DistressMarginScale { get; set; } = 0.05;
    public double EntryElasticity { get; set; } = 0.7;
    public double SpinoffInheritance { get; set; } = 0.9;
    public double SkillsSpillover { get; set; } = 0.6;
    public double AttractProductivity { get; set; } = 1.0;
    public double AttractAdoption { get; set; } = 1.0;
    public double AttractSkills { get; set; } = 1.0;
    public double AttractRent { get; set; } = 1.0;
    public double PerceptionYears { get; set; } = 2.0;
    public double RelocationRate { get; set; } = 0.01;
    public double RelocationSelectivity { get; set; } = 2.0;
    public double RelocationDistanceKm { get; set; } = 150;
    public double RelocationThreshold { get; set; } = 0.1;
    public double RelocationCertainGain { get; set; } = 0.3;
    public int NewFirmTies { get; set; } = 4;
    public double RentDensity { get; set; } = 0.5;
    public double RentPopulation { get; set; } = 1.0;

    // The £ value of one unit of output per worker per year (productivity 1). A model firm's accounts are those of
    // one representative real firm of its size; it stands for World.RealFirmsPerModelFirm of them, so a model
    // money unit of one model firm is this many £ × that number (World.PoundsPerModelUnit).
    public double PoundsPerOutputUnit { get; set; } = 50_000;
    public double RentAdjustment { get; set; } = 0.5;

    public static ObjectSchema<EconomySpec> Schema { get; } =
        new ObjectSchema<EconomySpec>("economy", () => new EconomySpec(), "Money per worker per year in model units: revenue = productivity; costs are wages, rent and business rates.")
            .Number(e => e.ProductivitySd, NumberRange.NonNegative, "Standard deviation of log initial productivity within a city.")
            .Number(e => e.SkillsProductivityEffect, NumberRange.NonNegative, "How much a city's skills (centred at 0.5) raise log initial productivity.")
            .Number(e => e.WageShare, NumberRange.NonNegative, "Wages per worker as a share of the city's productivity per worker.")
            .Number(e => e.Floorspace, NumberRange.NonNegative, "Floorspace per worker; times the rent index gives rent per worker.")
            .Object(e => e.Workers, SizeValues.Schema("Workers per firm", NumberRange.Positive), "Workers per firm by size class.")
            .Number(e => e.RateableShare, NumberRange.NonNegative, "Rateable value as a multiple of annual rent.")
            .Number(e => e.ReliefFullBelow, NumberRange.NonNegative, "Small business rate relief is 100% up to this rateable value (England: £12,000).")
            .Number(e => e.ReliefNoneAbove, NumberRange.NonNegative, "…tapering to none at this rateable value (England: £15,000).")
            .Number(e => e.BaseExitRate, NumberRange.NonNegative, "Exit hazard per year of a firm with a healthy margin (retirement, acquisition, bad luck).")
            .Number(e => e.DistressExitRate, NumberRange.NonNegative, "Extra exit hazard per year of a firm in distress: a logistic step in its margin as a share of revenue.")
            .Number(e => e.DistressMarginScale, NumberRange.Positive, "Width of that step as a share of revenue; the extra hazard is half at a zero margin.")
            .Number(e => e.EntryElasticity, NumberRange.NonNegative, "Elasticity of a city's firm-count target to the log attractiveness it gained since tick 0; entrants replace exits towards it.")
            .Number(e => e.SkillsSpillover, NumberRange.NonNegative, "Human-capital spillover: output per worker of every firm of a city is multiplied by exp(this × skills gained since tick 0) (Moretti 2004: 0.6–1.2).")
            .Number(e => e.SpinoffInheritance, NumberRange.Unit, "Chance that an entrant brings each idea of the local firm of its sector it spun off from.")
            .Number(e => e.AttractProductivity, NumberRange.NonNegative, "Weight of log productivity per worker relative to the national figure in log attractiveness.")
            .Number(e => e.AttractAdoption, NumberRange.NonNegative, "Weight of the adoption-share gap to the national mean in log attractiveness.")
            .Number(e => e.AttractSkills, NumberRange.NonNegative, "Weight of skills (difference from the mean) in log attractiveness.")
            .Number(e => e.AttractRent, NumberRange.NonNegative, "Weight of log rent relative to tick 0 in log attractiveness, with a minus sign (congestion).")
            .Number(e => e.PerceptionYears, NumberRange.NonNegative, "Time constant (years) of the moving average through which firms and skilled workers perceive a city's changes (0: instantly).")
            .Number(e => e.RelocationRate, NumberRange.Unit, "Probability per year that a firm of its city's productivity per worker considers moving.")
            .Number(e => e.RelocationSelectivity, NumberRange.NonNegative, "Elasticity of that probability to the firm's productivity relative to its city's.")
            .Number(e => e.RelocationDistanceKm, NumberRange.Positive, "Distance over which a destination's pull falls by a factor e.")
            .Number(e => e.RelocationThreshold, NumberRange.NonNegative, "Gain in log attractiveness since tick 0 over the firm's own city below which a move is not worth its cost.")
            .Number(e => e.RelocationCertainGain, NumberRange.Positive, "Total pull (gain above the threshold, distance-weighted) at which a firm considering a move surely moves; smaller pulls move proportionally fewer.")
            .Integer(e => e.NewFirmTies, 0, "Local ties an entering or relocating firm makes in its city.")
            .Number(e => e.RentDensity, NumberRange.NonNegative, "Elasticity of the target rent to firm density (firms now / at the start).")
            .Number(e => e.RentPopulation, NumberRange.NonNegative, "Elasticity of the target rent to population (now / at the start).")
            .Number(e => e.PoundsPerOutputUnit, NumberRange.Positive, "£ per year that one unit of output per worker stands for (productivity 1 at tick 0 is about UK GVA per filled job); with the real firms a model firm stands for, it prices rate relief and procurement revenue (docs/model.md §7.5).")
            .Number(e => e.RentAdjustment, NumberRange.Unit, "Share of the gap to the target rent closed per year.");
}

namespace AdoptionSim.Model.Scenario;

/// <summary>
/// The cumulative-causation mechanisms, each switchable (MODEL.md, "Invention, economics…"). With all
/// off, productivity still rises with adoption, but firms neither enter, exit nor move, skilled workers
/// stay where they are, and rents stay put.
/// </summary>
public sealed class FeedbacksSpec
{
    public bool Exit { get; set; } = true;
    public bool Entry { get; set; } = true;
    public bool Relocation { get; set; } = true;
    public bool Rents { get; set; } = true;
    public bool Migration { get; set; } = true;
}

/// <summary>
/// Productivity, margins, entry, exit, relocation and rents. Money is in model units per worker per year:
/// revenue per worker is the firm's productivity (about 1 at the start); costs are wages, rent and
/// business rates. The defaults are stylised, chosen so that a few per cent of firms start with negative
/// margins, business births and deaths are each about 8–10% a year (ONS business demography), and a
/// small share of firms move each year; docs/model.md gives the reasoning.
/// </summary>
public sealed class EconomySpec
{
    /// <summary>Standard deviation of log initial productivity within a city.</summary>
    public double ProductivitySd { get; set; } = 0.25;

    /// <summary>How much a city's skills (0..1, centred at 0.5) raise log initial productivity.</summary>
    public double SkillsProductivityEffect { get; set; } = 0.4;

    /// <summary>Wages as a share of the city's mean productivity: laggards in a fast-improving city are squeezed.</summary>
    public double WageShare { get; set; } = 0.35;

    /// <summary>Floorspace per worker times the rent index gives rent per worker.</summary>
    public double Floorspace { get; set; } = 0.2;

    /// <summary>Workers per firm by size class (revenue, rent and rateable value scale with it).</summary>
    public SizeValues Workers { get; set; } = new() { Micro = 1, Small = 5, Medium = 25, Large = 100, Anchor = 500 };

    /// <summary>Rateable value as a multiple of annual rent (rates = rateable value × the city's multiplier).</summary>
    public double RateableShare { get; set; } = 1.0;

    /// <summary>Small business rate relief: 100% up to this rateable value (model units; England: £12,000)…</summary>
    public double ReliefFullBelow { get; set; } = 0.24;

    /// <summary>…tapering to none at this rateable value (England: £15,000).</summary>
    public double ReliefNoneAbove { get; set; } = 0.30;


    /// <summary>Exit hazard per year of a firm with a healthy margin (retirement, acquisition, bad luck).</summary>
    public double BaseExitRate { get; set; } = 0.09;

    /// <summary>Extra exit hazard per year of a firm in distress (margin well below zero): a logistic step in the margin.</summary>
    public double DistressExitRate { get; set; } = 1.0;

    /// <summary>Width of that step, as a share of revenue: the extra hazard is half at a zero margin.</summary>
    public double DistressMarginScale { get; set; } = 0.05;


    /// <summary>Elasticity of a city's firm-count target to its attractiveness gained since tick 0 (entrants replace exits towards that target).</summary>
    public double EntryElasticity { get; set; } = 0.7;

    /// <summary>Weight of log relative mean productivity in a city's log attractiveness.</summary>
    public double AttractProductivity { get; set; } = 1.0;

    /// <summary>Weight of the adoption-share gap to the national mean in log attractiveness.</summary>
    public double AttractAdoption { get; set; } = 1.0;

    /// <summary>Weight of skills (difference from the mean) in log attractiveness.</summary>
    public double AttractSkills { get; set; } = 1.0;

    /// <summary>Weight of log rent (relative to tick 0) in log attractiveness, with a minus sign: congestion.</summary>
    public double AttractRent { get; set; } = 1.0;

    /// <summary>Probability per year that a firm considers moving, for a firm of its city's mean productivity.</summary>
    public double RelocationRate { get; set; } = 0.02;

    /// <summary>Elasticity of the relocation chance to the firm's productivity relative to its city's mean (the productive are footloose).</summary>
    public double RelocationSelectivity { get; set; } = 2.0;

    /// <summary>Distance (km) over which the pull of a destination falls by a factor e.</summary>
    public double RelocationDistanceKm { get; set; } = 150;

    /// <summary>Gain in log attractiveness (since tick 0, over the firm's own city) below which a move is not worth its cost.</summary>
    public double RelocationThreshold { get; set; } = 0.1;

    /// <summary>Total pull (gain above the threshold, distance-weighted) at which a firm considering a move surely moves; smaller pulls move proportionally fewer.</summary>
    public double RelocationCertainGain { get; set; } = 0.3;

    /// <summary>Time constant (years) of the moving average through which firms and workers perceive a city's changes.</summary>
    public double PerceptionYears { get; set; } = 2.0;

    /// <summary>Chance that an entrant brings each idea of the local firm of its sector it spun off from (knowledge inherited by spinoffs).</summary>
    public double SpinoffInheritance { get; set; } = 0.7;

    /// <summary>Local ties a relocating or entering firm makes in its new city.</summary>
    public int NewFirmTies { get; set; } = 4;


    /// <summary>Elasticity of the target rent to firm density (firms now / firms at the start).</summary>
    public double RentDensity { get; set; } = 0.5;

    /// <summary>Elasticity of the target rent to population (people now / at the start): skilled arrivals bid rents up.</summary>
    public double RentPopulation { get; set; } = 1.0;

    /// <summary>
    /// £ per model money unit, to cost levers that move money (rate relief, procurement revenue). A model
    /// worker stands for many real ones (a model firm for about 40 real firms at the default density), so a
    /// unit of model revenue is about £50,000 × 40.
    /// </summary>
    public double PoundsPerUnit { get; set; } = 2_000_000;

    /// <summary>Share of the gap to the target rent closed per year.</summary>
    public double RentAdjustment { get; set; } = 0.3;
}

namespace AdoptionSim.Model.Scenario;

/// <summary>
/// The cumulative-causation mechanisms, each switchable (MODEL.md, "Invention, economics…"). With all
/// four off, productivity still rises with adoption, but firms neither enter, exit nor move, and rents stay put.
/// </summary>
public sealed class FeedbacksSpec
{
    public bool Exit { get; set; } = true;
    public bool Entry { get; set; } = true;
    public bool Relocation { get; set; } = true;
    public bool Rents { get; set; } = true;
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

    /// <summary>Consecutive ticks of negative margin after which a firm exits.</summary>
    public int ExitAfterTicks { get; set; } = 4;

    /// <summary>Exit hazard per year unrelated to margins (retirement, acquisition, bad luck).</summary>
    public double BaseExitRate { get; set; } = 0.05;

    /// <summary>Entrants per year per existing firm in a city of average attractiveness.</summary>
    public double EntryRate { get; set; } = 0.08;

    /// <summary>Elasticity of entry to attractiveness (entrants ∝ attractiveness^this).</summary>
    public double EntryElasticity { get; set; } = 1.5;

    /// <summary>Weight of log relative mean productivity in a city's log attractiveness.</summary>
    public double AttractProductivity { get; set; } = 1.0;

    /// <summary>Weight of the adoption-share gap to the national mean in log attractiveness.</summary>
    public double AttractAdoption { get; set; } = 1.0;

    /// <summary>Weight of skills (difference from the mean) in log attractiveness.</summary>
    public double AttractSkills { get; set; } = 1.0;

    /// <summary>Probability per year that a firm considers moving, for a firm of its city's mean productivity.</summary>
    public double RelocationRate { get; set; } = 0.02;

    /// <summary>Elasticity of the relocation chance to the firm's productivity relative to its city's mean (the productive are footloose).</summary>
    public double RelocationSelectivity { get; set; } = 2.0;

    /// <summary>Distance (km) over which the pull of a destination falls by a factor e.</summary>
    public double RelocationDistanceKm { get; set; } = 150;

    /// <summary>Local ties a relocating or entering firm makes in its new city.</summary>
    public int NewFirmTies { get; set; } = 4;

    /// <summary>Elasticity of the target rent to attractiveness (gentrification).</summary>
    public double RentAttractiveness { get; set; } = 0.3;

    /// <summary>Elasticity of the target rent to firm density (firms now / firms at the start).</summary>
    public double RentDensity { get; set; } = 0.3;

    /// <summary>
    /// £ per model money unit, to cost levers that move money (rate relief, procurement revenue). A model
    /// worker stands for many real ones (a model firm for about 40 real firms at the default density), so a
    /// unit of model revenue is about £50,000 × 40.
    /// </summary>
    public double PoundsPerUnit { get; set; } = 2_000_000;

    /// <summary>Share of the gap to the target rent closed per year.</summary>
    public double RentAdjustment { get; set; } = 0.3;
}

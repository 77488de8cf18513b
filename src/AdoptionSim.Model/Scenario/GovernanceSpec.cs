using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>
/// The stages of a regional innovation journey ("Making innovative places", ../shared/seeds/): A, a cadre of
/// enthusiasts; B, an agreed vision and strategy; C, piloting novel activities; D, mainstreaming; E, renewal.
/// After renewal a new cycle starts at B (a renewed coalition agrees new priorities). Written as the paper's
/// capital letters, in files and outputs alike.
/// </summary>
public enum JourneyStage : byte
{
    [ChoiceName("A")] A = 0,
    [ChoiceName("B")] B = 1,
    [ChoiceName("C")] C = 2,
    [ChoiceName("D")] D = 3,
    [ChoiceName("E")] E = 4,
}

/// <summary>What happened at a region's critical moment this tick (<see cref="None"/>: it faced none).</summary>
public enum MomentOutcome : byte { None = 0, Stay = 1, FallBack = 2, Skip = 3, Forward = 4 }

/// <summary>
/// The four leadership styles, from innovation diversity (the number of actors engaged) × dispersal of
/// decision-making (the number of people deciding): orchestral (diverse, concentrated), barber-shop quartet
/// (few actors, concentrated), enthusiastic improvisation (few actors, dispersed), jamming super-group
/// (diverse, dispersed).
/// </summary>
public enum LeadershipStyle : byte { Orchestral = 0, BarberShopQuartet = 1, EnthusiasticImprovisation = 2, JammingSuperGroup = 3 }

/// <summary>
/// The <c>governance</c> section (keys in <see cref="Schema"/>): the regional innovation journey and its
/// leadership, per functional region. Off by default: then every city's broker-capacity factor and lever
/// absorption are 1 and nothing is drawn, so a run is the run without this layer. Every default is an
/// assumption (the paper gives stages, critical moments and styles, not numbers); docs/model.md §7.7 explains each.
/// </summary>
public sealed class GovernanceSpec
{
    public bool Enabled { get; set; }
    public JourneyStage InitialStage { get; set; } = JourneyStage.A;
    public double MomentRate { get; set; } = 0.5;
    public double MomentGapYears { get; set; } = 1.0;
    public MomentOutcomes Outcomes { get; set; } = new();
    public double SuccessEffect { get; set; } = 1.0;
    public double SuccessFloor { get; set; } = 0.001;
    public double SuitabilityEffect { get; set; } = 0.7;
    public SuitabilityTable Suitability { get; set; } = new();
    public StageValues BrokerCapacity { get; set; } = new() { A = 0.7, B = 0.85, C = 1.0, D = 1.2, E = 1.1 };
    public StageValues Absorption { get; set; } = new() { A = 0.1, B = 0.3, C = 0.7, D = 0.9, E = 0.8 };
    public double StyleEffect { get; set; } = 0.2;
    public LeadershipStyle? Style { get; set; }
    public Dictionary<string, LeadershipStyle> StyleByRegion { get; set; } = [];
    public double Dispersal { get; set; } = 0.4;
    public Dictionary<string, double> DispersalByClass { get; set; } = new() { ["high_performing"] = 0.6 };
    public Dictionary<string, double> DispersalByRegion { get; set; } = [];
    public double DispersalThreshold { get; set; } = 0.5;
    public double DiversityScale { get; set; } = 6.0;
    public double DiversityThreshold { get; set; } = 0.5;

    public static ObjectSchema<GovernanceSpec> Schema { get; } =
        new ObjectSchema<GovernanceSpec>("governance", () => new GovernanceSpec(),
                "The regional innovation journey (stages A–E, critical moments) and leadership styles per functional region; they scale broker capacity and how much lever money becomes activity. Every default is an assumption (docs/model.md §7.7).")
            .Boolean(g => g.Enabled, "Whether the governance layer runs; off = every city's broker-capacity factor and lever absorption are 1 (the model without it).")
            .Enum(g => g.InitialStage, "Stage of every region at tick 0: A (cadre of enthusiasts), B (agreed vision), C (piloting), D (mainstreaming), E (renewal).")
            .Number(g => g.MomentRate, NumberRange.NonNegative, "Critical moments per year a region faces once moment_gap_years have passed since its last one.")
            .Number(g => g.MomentGapYears, NumberRange.NonNegative, "Years a region spends after a critical moment before it can face the next (small, achievable steps take time).")
            .Object(g => g.Outcomes, MomentOutcomes.Schema, "Probabilities of the outcomes of a critical moment before early successes and leadership shift them; forward is the least likely (the paper's claim, as an assumption).")
            .Number(g => g.SuccessEffect, NumberRange.NonNegative, "Log-odds of moving forward (and skipping) per unit of early success z; falling back moves by −z times it. z = ln((g_region + floor) / (g_nation + floor)), the region's adoption-share gain since its last critical moment against the nation's, clamped to ±2.")
            .Number(g => g.SuccessFloor, NumberRange.Positive, "Floor added to both adoption-share gains in the success ratio, so that regions without gains (no ideas yet) count as neither successes nor failures.")
            .Number(g => g.SuitabilityEffect, NumberRange.NonNegative, "Log-odds of moving forward (and skipping) per step of suitability of the region's style to the stage the moment leads into; falling back moves by minus it.")
            .Object(g => g.Suitability, SuitabilityTable.Schema, "How well each leadership style suits each stage: +1 suited, 0 neutral, −1 unsuited (assumption derived from the paper's descriptions of the styles).")
            .Object(g => g.BrokerCapacity, StageValues.Schema, "Factor on the capacity and outreach of the brokers of a region's cities, by the region's stage (1 = the brokers as calibrated without governance).")
            .Object(g => g.Absorption, StageValues.Schema, "Share of a lever's money spent in a region's cities that becomes activity, by stage; the rest leaks (money spent before piloting mostly leaks).")
            .Number(g => g.StyleEffect, NumberRange.NonNegative, "Both factors are multiplied by exp(style_effect × suitability of the region's style to its current stage); absorption is capped at 1.")
            .OptionalEnum(g => g.Style, "One leadership style for every region (orchestral, barber_shop_quartet, enthusiastic_improvisation, jamming_super_group); null = each region's style from its diversity and dispersal.")
            .Map(g => g.StyleByRegion, EnumSchema<LeadershipStyle>.Instance, MapMerge.MergeEntries, "Leadership style of named functional regions, overriding `style` and the derived style.")
            .Number(g => g.Dispersal, NumberRange.Unit, "Dispersal of decision-making (0 = one decision-maker, 1 = everyone decides) of a city whose class and region are not named below.")
            .Map(g => g.DispersalByClass, new NumberSchema(NumberRange.Unit), MapMerge.MergeEntries, "Dispersal of the cities of a class (a region's dispersal is the population-weighted mean over its cities).")
            .Map(g => g.DispersalByRegion, new NumberSchema(NumberRange.Unit), MapMerge.MergeEntries, "Dispersal of named functional regions (overrides their cities' values).")
            .Number(g => g.DispersalThreshold, NumberRange.Unit, "A region with dispersal at or above this decides dispersedly (improvisation, jamming); below, centrally (barber-shop quartet, orchestral).")
            .Number(g => g.DiversityScale, NumberRange.Positive, "Innovation diversity = H × (1 − exp(−actors / diversity_scale)): H the normalised entropy of the region's firms over sectors, actors its brokers and anchor firms.")
            .Number(g => g.DiversityThreshold, NumberRange.Unit, "A region with diversity at or above this is diverse (orchestral, jamming); below, it has few actors (quartet, improvisation).");

    /// <summary>The style of a region with this diversity and dispersal.</summary>
    public LeadershipStyle StyleOf(double diversity, double dispersal) => (diversity >= DiversityThreshold, dispersal >= DispersalThreshold) switch
    {
        (true, false) => LeadershipStyle.Orchestral,
        (false, false) => LeadershipStyle.BarberShopQuartet,
        (false, true) => LeadershipStyle.EnthusiasticImprovisation,
        _ => LeadershipStyle.JammingSuperGroup,
    };
}

/// <summary>One value per journey stage (keys a … e in <see cref="Schema"/>).</summary>
public sealed class StageValues
{
    public double A { get; set; } = 1;
    public double B { get; set; } = 1;
    public double C { get; set; } = 1;
    public double D { get; set; } = 1;
    public double E { get; set; } = 1;

    public static ObjectSchema<StageValues> Schema { get; } =
        new ObjectSchema<StageValues>("stage values", () => new StageValues(), "One non-negative value per journey stage.")
            .Number(s => s.A, NumberRange.NonNegative, "Stage A: a cadre of enthusiasts.")
            .Number(s => s.B, NumberRange.NonNegative, "Stage B: an agreed vision and strategy.")
            .Number(s => s.C, NumberRange.NonNegative, "Stage C: piloting novel activities.")
            .Number(s => s.D, NumberRange.NonNegative, "Stage D: mainstreaming.")
            .Number(s => s.E, NumberRange.NonNegative, "Stage E: renewal.");

    public double Of(JourneyStage stage) => stage switch
    {
        JourneyStage.A => A,
        JourneyStage.B => B,
        JourneyStage.C => C,
        JourneyStage.D => D,
        _ => E,
    };
}

/// <summary>The outcomes of a critical moment and their base probabilities (keys in <see cref="Schema"/>).</summary>
public sealed class MomentOutcomes
{
    public double Stay { get; set; } = 0.35;
    public double FallBack { get; set; } = 0.25;
    public double Skip { get; set; } = 0.22;
    public double Forward { get; set; } = 0.18;

    public static ObjectSchema<MomentOutcomes> Schema { get; } =
        new ObjectSchema<MomentOutcomes>("moment outcomes", () => new MomentOutcomes(), "Base probabilities of the outcomes of a critical moment (they sum to 1). An outcome a stage does not allow (falling back from A, skipping from D or E) gives its probability to the others in proportion.")
            .Number(o => o.Stay, NumberRange.Unit, "The region stays in its stage (a stalled coalition, perpetual piloting).")
            .Number(o => o.FallBack, NumberRange.Unit, "The region falls back one stage (conflict between partners, lost momentum; renewal falls back to mainstreaming).")
            .Number(o => o.Skip, NumberRange.Unit, "The region leaps two stages (A → C, B → D, C → E: e.g. a large funding pot or a strong actor acting alone).")
            .Number(o => o.Forward, NumberRange.Unit, "Simple forward progression to the next stage (E → B starts a new cycle).");

    public double Sum => Stay + FallBack + Skip + Forward;
}

/// <summary>The suitability of each leadership style to each stage (keys in <see cref="Schema"/>), each in [−1, 1].</summary>
public sealed class SuitabilityTable
{
    public StageValues Orchestral { get; set; } = new() { A = 0, B = 1, C = 0, D = 1, E = -1 };
    public StageValues BarberShopQuartet { get; set; } = new() { A = 1, B = 0, C = 1, D = -1, E = -1 };
    public StageValues EnthusiasticImprovisation { get; set; } = new() { A = 1, B = -1, C = 1, D = -1, E = 0 };
    public StageValues JammingSuperGroup { get; set; } = new() { A = 0, B = -1, C = 0, D = 1, E = 1 };

    private static readonly ObjectSchema<StageValues> Row =
        new ObjectSchema<StageValues>("suitability row", () => new StageValues(), "Suitability of one style to each stage, in [−1, 1].")
            .Number(s => s.A, NumberRange.Between(-1, 1), "Stage A: a cadre of enthusiasts.")
            .Number(s => s.B, NumberRange.Between(-1, 1), "Stage B: an agreed vision and strategy.")
            .Number(s => s.C, NumberRange.Between(-1, 1), "Stage C: piloting novel activities.")
            .Number(s => s.D, NumberRange.Between(-1, 1), "Stage D: mainstreaming.")
            .Number(s => s.E, NumberRange.Between(-1, 1), "Stage E: renewal.");

    public static ObjectSchema<SuitabilityTable> Schema { get; } =
        new ObjectSchema<SuitabilityTable>("suitability", () => new SuitabilityTable(), "Suitability of each leadership style to each stage.")
            .Object(t => t.Orchestral, Row, "Few conductors co-ordinating many innovators: suited to agreeing a vision and to mainstreaming, not to renewal.")
            .Object(t => t.BarberShopQuartet, Row, "A few leaders for a few players (universities, multinationals): suited to a cadre and to pilots, not to mainstreaming or renewal.")
            .Object(t => t.EnthusiasticImprovisation, Row, "Few actors, general willingness, activities in parallel: suited to a cadre and to pilots, not to agreeing a vision or mainstreaming.")
            .Object(t => t.JammingSuperGroup, Row, "Many actors with competing visions and depth: suited to mainstreaming and renewal, not to agreeing a vision.");

    public double Of(LeadershipStyle style, JourneyStage stage) => (style switch
    {
        LeadershipStyle.Orchestral => Orchestral,
        LeadershipStyle.BarberShopQuartet => BarberShopQuartet,
        LeadershipStyle.EnthusiasticImprovisation => EnthusiasticImprovisation,
        _ => JammingSuperGroup,
    }).Of(stage);
}

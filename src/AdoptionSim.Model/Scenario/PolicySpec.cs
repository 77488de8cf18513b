using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>How an allocation chooses the sector it funds in each city (file names: place_based, national).</summary>
public enum AllocationMode
{
    /// <summary>Each city's strongest sector by location quotient.</summary>
    PlaceBased,

    /// <summary>One priority sector everywhere.</summary>
    National,
}

/// <summary>
/// A policy lever (MODEL.md, "Policy levers"): a type, targets, a window of ticks, a budget in £ and the
/// parameters its type reads (keys in <see cref="Schema"/>). Each type's cost model is in docs/model.md; the
/// validator rejects a lever whose type needs a parameter it lacks.
/// </summary>
public sealed class PolicySpec
{
    public PolicyType Type { get; set; } = PolicyType.InnovationFund;
    public string Label { get; set; } = "";
    public List<string> Cities { get; set; } = [];
    public List<string> Classes { get; set; } = [];
    public List<string> Regions { get; set; } = [];
    public List<string> Sectors { get; set; } = [];
    public int Start { get; set; } = 1;
    public int End { get; set; }
    public double Budget { get; set; }
    public double IntroductionsPerTick { get; set; } = 5;
    public double OutreachPerTick { get; set; } = 20;
    public double PBoost { get; set; } = 0.05;
    public double RateCut { get; set; } = 0.5;
    public double RevenueBonus { get; set; } = 0.05;
    public double RelocationBonus { get; set; } = 0.5;
    public double AbsorptiveGain { get; set; } = 0.1;
    public BrokerKind BrokerKind { get; set; } = BrokerKind.University;
    public BrokerReach BrokerReach { get; set; } = BrokerReach.AcrossSectors;
    public AllocationMode Mode { get; set; } = AllocationMode.PlaceBased;
    public string PrioritySector { get; set; } = "";
    public double CostPerIntroduction { get; set; } = 5_000;
    public double CostPerOutreach { get; set; } = 1_000;
    public double CostPerFirmYear { get; set; } = 2_000;
    public double RelocationGrant { get; set; } = 50_000;

    public static ObjectSchema<PolicySpec> Schema { get; } =
        new ObjectSchema<PolicySpec>("policy", () => new PolicySpec(), "A policy lever: type, targets, window, budget (£) and the parameters its type reads (docs/model.md, Policy levers).")
            .Enum(p => p.Type, "Which lever.")
            .Text(p => p.Label, "Name in policy_ticks.parquet; \"\" = type#index.")
            .List(p => p.Cities, new StringSchema(), "Target cities by name (a city is targeted if cities, classes or regions names it; all three empty = every city).")
            .List(p => p.Classes, new StringSchema(), "Target cities by typology class.")
            .List(p => p.Regions, new StringSchema(), "Target cities by region.")
            .List(p => p.Sectors, new StringSchema(), "Target sectors; empty = every sector.")
            .Integer(p => p.Start, 1, "First tick the lever acts in.")
            .Integer(p => p.End, 0, "Last tick it acts in; 0 = to the end of the run.")
            .Number(p => p.Budget, NumberRange.NonNegative, "Money over the whole window, £; nothing is spent beyond it (0: the lever does nothing).")
            .Number(p => p.IntroductionsPerTick, NumberRange.NonNegative, "Extra brokered introductions per tick per target city (innovation_fund, broker, multi_area_agreement, allocation).")
            .Number(p => p.OutreachPerTick, NumberRange.NonNegative, "Firms reached with outreach per tick per target city (innovation_fund, broker, allocation).")
            .Number(p => p.PBoost, NumberRange.NonNegative, "Extra p per year for firms reached (outreach) or in the lead market (public_procurement).")
            .Number(p => p.RateCut, NumberRange.Unit, "Share of business rates taken off (business_rate_cut, enterprise_zone).")
            .Number(p => p.RevenueBonus, NumberRange.NonNegative, "Extra revenue per worker per year for adopters in the lead market, model units (public_procurement).")
            .Number(p => p.RelocationBonus, NumberRange.NonNegative, "Extra pull of a zone for relocating firms, share of attractiveness (enterprise_zone).")
            .Number(p => p.AbsorptiveGain, NumberRange.Unit, "Share of the gap of absorptive capacity to 1 closed per year (skills).")
            .Enum(p => p.BrokerKind, "Kind of broker added (broker).")
            .Enum(p => p.BrokerReach, "Reach of the broker added (broker).")
            .Enum(p => p.Mode, "place_based: each city funds its strongest sector by location quotient; national: one priority sector everywhere (allocation).")
            .Text(p => p.PrioritySector, "The one sector a national allocation funds.")
            .Number(p => p.CostPerIntroduction, NumberRange.NonNegative, "£ per brokered introduction.")
            .Number(p => p.CostPerOutreach, NumberRange.NonNegative, "£ per firm reached with outreach.")
            .Number(p => p.CostPerFirmYear, NumberRange.NonNegative, "£ per firm per year supported (lead market, skills).")
            .Number(p => p.RelocationGrant, NumberRange.NonNegative, "£ paid per firm moving into an enterprise zone.");
}

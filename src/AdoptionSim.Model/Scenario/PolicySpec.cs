namespace AdoptionSim.Model.Scenario;

/// <summary>
/// A policy lever (MODEL.md, "Policy levers"): a type, targets, a window of ticks, a budget in £ and the
/// parameters its type reads. Which parameters each type reads, and its cost model, is in docs/model.md
/// and docs/scenarios.md; the validator rejects a lever whose type needs a parameter it lacks.
/// </summary>
public sealed class PolicySpec
{
    /// <summary>innovation_fund | business_rate_cut | public_procurement | broker | enterprise_zone | multi_area_agreement | skills | allocation</summary>
    public string Type { get; set; } = "innovation_fund";

    /// <summary>Name in policy_ticks.parquet; "" = type and index (e.g. "innovation_fund#0").</summary>
    public string Label { get; set; } = "";

    /// <summary>Target cities by name; with classes and regions, a city is targeted if any list names it; all empty = every city.</summary>
    public List<string> Cities { get; set; } = [];
    public List<string> Classes { get; set; } = [];
    public List<string> Regions { get; set; } = [];

    /// <summary>Target sectors; empty = every sector.</summary>
    public List<string> Sectors { get; set; } = [];

    /// <summary>First tick the lever acts in (ticks are 1-based steps).</summary>
    public int Start { get; set; } = 1;

    /// <summary>Last tick it acts in; 0 = to the end of the run.</summary>
    public int End { get; set; }

    /// <summary>Money available over the whole window, £. Nothing is spent beyond it; 0 = the lever does nothing.</summary>
    public double Budget { get; set; }

    /// <summary>Extra brokered introductions per tick in each target city (innovation_fund, broker, multi_area_agreement, allocation).</summary>
    public double IntroductionsPerTick { get; set; } = 5;

    /// <summary>Firms reached with outreach per tick in each target city (innovation_fund, broker, allocation).</summary>
    public double OutreachPerTick { get; set; } = 20;

    /// <summary>Extra external coefficient p per year: for outreach (innovation_fund, broker, allocation) or for the lead market (public_procurement).</summary>
    public double PBoost { get; set; } = 0.05;

    /// <summary>Share of business rates taken off (business_rate_cut, enterprise_zone).</summary>
    public double RateCut { get; set; } = 0.5;

    /// <summary>Extra revenue per worker per year for adopters in the lead market, in model units (public_procurement).</summary>
    public double RevenueBonus { get; set; } = 0.05;

    /// <summary>Extra pull of a target city for relocating firms, as a share of attractiveness (enterprise_zone).</summary>
    public double RelocationBonus { get; set; } = 0.5;

    /// <summary>Share of the gap between a firm's absorptive capacity and 1 closed per year (skills).</summary>
    public double AbsorptiveGain { get; set; } = 0.1;

    /// <summary>Kind of broker added (broker): university | lep | local_authority | sector_network.</summary>
    public string BrokerKind { get; set; } = "university";

    /// <summary>Reach of the added broker (broker): within_sector | across_sectors | across_cities.</summary>
    public string BrokerReach { get; set; } = "across_sectors";

    /// <summary>national: one priority sector and the same money per head everywhere; place_based: each city's strongest sector by location quotient (allocation).</summary>
    public string Mode { get; set; } = "place_based";

    /// <summary>The priority sector of a national allocation.</summary>
    public string PrioritySector { get; set; } = "";

    /// <summary>£ per brokered introduction.</summary>
    public double CostPerIntroduction { get; set; } = 5_000;

    /// <summary>£ per firm reached with outreach.</summary>
    public double CostPerOutreach { get; set; } = 1_000;

    /// <summary>£ per firm per year supported (procurement lead market, skills programme).</summary>
    public double CostPerFirmYear { get; set; } = 2_000;

    /// <summary>£ per relocation into an enterprise zone (grant).</summary>
    public double RelocationGrant { get; set; } = 50_000;
}

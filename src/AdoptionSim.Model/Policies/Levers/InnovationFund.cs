using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>An innovation fund given to the LEPs: extra introductions across the LEP area, and outreach.</summary>
public sealed class InnovationFund : LeverDefinition
{
    public static InnovationFund Instance { get; } = new();

    private InnovationFund()
    {
    }

    public override string Name => "innovation_fund";

    public override string Does =>
        "up to `introductions_per_year` LEP introductions (partners across the LEP area) and `outreach_per_year` outreach (p + `p_boost`) per 1,000 real target-sector firms, as the city's money allows";

    public override string Costs => "`cost_per_introduction` per real introduction, `cost_per_outreach` per real firm reached";

    public override IReadOnlyList<PolicyParameter> Reads => [.. LeverParameters.Introductions, .. LeverParameters.Outreach];

    public override LeverCounters Reports => LeverCounters.Introductions | LeverCounters.Outreach;

    public override double WantedPerYear(in LeverTick tick, int city) => FundCost(tick, city);

    public override void Act(in LeverTick tick, ref SplitMix64 random)
    {
        foreach (var c in tick.FundedCities())
            tick.IntroductionsAndOutreach(c, BrokerReach.AcrossCities, university: false, tick.LepArea(c), outreach: true, ref random);
    }

    /// <summary>£ a year of introductions and outreach at the lever's rates in a city (shared by the levers that fund both).</summary>
    public static double FundCost(in LeverTick tick, int city) =>
        tick.PerYear(tick.Get(LeverParameters.IntroductionsPerYear), tick.Get(LeverParameters.CostPerIntroduction), city)
        + tick.PerYear(tick.Get(LeverParameters.OutreachPerYear), tick.Get(LeverParameters.CostPerOutreach), city);
}

using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>
/// Cross-boundary co-operation (a Multi-Area Agreement): the brokers of the target cities reach across their
/// functional region of commuting (<see cref="State.CommutingRegions"/>), which may cross the administrative
/// boundary a LEP stays within. A city alone in its functional region has no one to reach and gets no share.
/// </summary>
public sealed class MultiAreaAgreement : LeverDefinition
{
    public static MultiAreaAgreement Instance { get; } = new();

    private MultiAreaAgreement()
    {
    }

    public override string Name => "multi_area_agreement";

    public override string Does =>
        "up to `introductions_per_year` introductions per 1,000 real target-sector firms, to partners in the other cities of the city's functional region of commuting (across administrative boundaries)";

    public override string Costs => "`cost_per_introduction` per real introduction";

    public override IReadOnlyList<PolicyParameter> Reads => LeverParameters.Introductions;

    public override LeverCounters Reports => LeverCounters.Introductions;

    public override bool Eligible(in LeverTick tick, int city) => base.Eligible(tick, city) && tick.World.CommutingRegions.Around(city).Length > 1;

    public override double WantedPerYear(in LeverTick tick, int city) =>
        tick.PerYear(tick.Get(LeverParameters.IntroductionsPerYear), tick.Get(LeverParameters.CostPerIntroduction), city);

    public override void Act(in LeverTick tick, ref SplitMix64 random)
    {
        foreach (var c in tick.FundedCities())
            tick.IntroductionsAndOutreach(c, BrokerReach.AcrossCities, university: false, tick.World.CommutingRegions.Around(c), outreach: false, ref random);
    }
}

using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>A funded intermediary (a university, LEP, local authority or sector network): introductions and outreach.</summary>
public sealed class Broker : LeverDefinition
{
    public static readonly PolicyParameter<BrokerKind> Kind =
        PolicyParameter.Enum("broker_kind", BrokerKind.University, "Kind of broker added.");

    public static readonly PolicyParameter<BrokerReach> Reach =
        PolicyParameter.Enum("broker_reach", BrokerReach.AcrossSectors, "Reach of the broker added.");

    public static Broker Instance { get; } = new();

    private Broker()
    {
    }

    public override string Name => "broker";

    public override string Does => "a funded intermediary of `broker_kind` and `broker_reach` (across_cities: the LEP area): introductions and outreach as innovation_fund";

    public override string Costs => "as innovation_fund";

    public override IReadOnlyList<PolicyParameter> Reads => [Kind, Reach, .. LeverParameters.Introductions, .. LeverParameters.Outreach];

    public override LeverCounters Reports => LeverCounters.Introductions | LeverCounters.Outreach;

    public override double WantedPerYear(in LeverTick tick, int city) => InnovationFund.FundCost(tick, city);

    public override void Act(in LeverTick tick, ref SplitMix64 random)
    {
        var reach = tick.Get(Reach);
        var university = tick.Get(Kind) == BrokerKind.University;
        foreach (var c in tick.FundedCities())
            tick.IntroductionsAndOutreach(c, reach, university, reach == BrokerReach.AcrossCities ? tick.LepArea(c) : [c], outreach: true, ref random);
    }
}

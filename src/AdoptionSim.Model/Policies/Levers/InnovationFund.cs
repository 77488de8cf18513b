using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>An innovation fund given to the LEPs: extra introductions across the functional region, and outreach.</summary>
public sealed class InnovationFund : LeverDefinition
{
    public static InnovationFund Instance { get; } = new();

    private InnovationFund()
    {
    }

    public override string Name => "innovation_fund";

    public override string Does =>
        "`introductions_per_tick` extra LEP introductions for target-sector firms, reaching across the functional region; `outreach_per_tick` target firms get p + `p_boost`";

    public override string Costs => "`cost_per_introduction` each, `cost_per_outreach` each";

    public override IReadOnlyList<PolicyParameter> Reads => [.. LeverParameters.Introductions, .. LeverParameters.Outreach];

    public override LeverCounters Reports => LeverCounters.Introductions | LeverCounters.Outreach;

    public override void Act(in LeverTick tick, ref SplitMix64 random)
    {
        tick.Introductions(BrokerReach.AcrossCities, university: false, ref random);
        tick.Outreach(ref random);
    }
}

using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>Cross-boundary co-operation (a Multi-Area Agreement): introductions across a functional region's cities.</summary>
public sealed class MultiAreaAgreement : LeverDefinition
{
    public static MultiAreaAgreement Instance { get; } = new();

    private MultiAreaAgreement()
    {
    }

    public override string Name => "multi_area_agreement";

    public override string Does => "extra introductions across the cities of the target cities' functional regions";

    public override string Costs => "`cost_per_introduction` each";

    public override IReadOnlyList<PolicyParameter> Reads => LeverParameters.Introductions;

    public override LeverCounters Reports => LeverCounters.Introductions;

    public override void Act(in LeverTick tick, ref SplitMix64 random) =>
        tick.Introductions(BrokerReach.AcrossCities, university: false, ref random);
}

using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>Business-rate cuts for a sector, to keep a cluster that rising rents squeeze out.</summary>
public sealed class BusinessRateCut : LeverDefinition
{
    public static BusinessRateCut Instance { get; } = new();

    private BusinessRateCut()
    {
    }

    public override string Name => "business_rate_cut";

    public override string Does => "target firms (in firm order, while money lasts) get `rate_cut` off their rates";

    public override string Costs => "the rates forgone × Δt × `economy.pounds_per_unit`";

    public override IReadOnlyList<PolicyParameter> Reads => LeverParameters.RateRelief;

    public override LeverCounters Reports => LeverCounters.FirmsSupported;

    public override void Act(in LeverTick tick, ref SplitMix64 random) => tick.RateRelief();
}

using AdoptionSim.Core.Parameters;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>Skills programmes: target firms absorb ideas better.</summary>
public sealed class Skills : LeverDefinition
{
    public static readonly PolicyParameter<double> AbsorptiveGain =
        PolicyParameter.Number("absorptive_gain", 0.1, NumberRange.Unit, "Share of the gap of absorptive capacity to 1 closed per year.");

    public static Skills Instance { get; } = new();

    private Skills()
    {
    }

    public override string Name => "skills";

    public override string Does => "target firms close `absorptive_gain` of the gap of absorptive capacity to 1 per year";

    public override string Costs => "`cost_per_firm_year` × Δt per firm";

    public override IReadOnlyList<PolicyParameter> Reads => [AbsorptiveGain, LeverParameters.CostPerFirmYear];

    public override LeverCounters Reports => LeverCounters.FirmsSupported;

    /// <summary>A city's target firms are trained together, if the money covers them all.</summary>
    public override void Act(in LeverTick tick, ref SplitMix64 random)
    {
        var world = tick.World;
        var lever = tick.Lever;
        var firms = world.Firms;
        var step = Economics.AdjustmentPerTick(tick.Get(AbsorptiveGain), tick.Dt);
        var costPerFirmYear = tick.Get(LeverParameters.CostPerFirmYear);
        for (var c = 0; c < lever.TargetCity.Length; c++)
        {
            if (!lever.TargetCity[c]) continue;
            var supported = 0;
            foreach (var f in world.FirmsByCity[c]) if (tick.Targets(f)) supported++;
            if (supported == 0 || !lever.TrySpend(c, supported * costPerFirmYear * tick.Dt)) continue;
            foreach (var f in world.FirmsByCity[c])
                if (tick.Targets(f)) firms.Absorptive[f] += (float)((1 - firms.Absorptive[f]) * step);
            lever.FirmsSupported[c] += supported;
        }
    }
}

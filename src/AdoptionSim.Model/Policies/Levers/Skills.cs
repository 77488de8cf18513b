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

    public override string Does => "target firms, in a priority drawn once per lever and firm while the city's money lasts (the last in part), close `absorptive_gain` of the gap of absorptive capacity to 1 per year";

    public override string Costs => "`cost_per_firm_year` × Δt per real firm trained";

    public override IReadOnlyList<PolicyParameter> Reads => [AbsorptiveGain, LeverParameters.CostPerFirmYear];

    public override LeverCounters Reports => LeverCounters.FirmsSupported;

    public override double WantedPerYear(in LeverTick tick, int city) =>
        tick.EligibleRealFirms(city) * tick.Get(LeverParameters.CostPerFirmYear);

    public override void Act(in LeverTick tick, ref SplitMix64 random)
    {
        var world = tick.World;
        var lever = tick.Lever;
        var firms = world.Firms;
        var step = Economics.AdjustmentPerTick(tick.Get(AbsorptiveGain), tick.Dt);
        var costPerYear = tick.Get(LeverParameters.CostPerFirmYear);
        foreach (var c in tick.FundedCities())
        {
            if (LeverSpending.LeakAll(world, lever, c)) continue;
            var pot = lever.Left[c];
            foreach (var f in tick.ByPriority(c))
            {
                var share = tick.Support(c, f, costPerYear * world.RealFirmsOf(f) * tick.Dt, ref pot);
                if (share <= 0) break;
                firms.SetAbsorptive(f, firms.Absorptive[f] + (float)((1 - firms.Absorptive[f]) * step * share));
                if (share < 1) break;
            }
        }
    }
}

using AdoptionSim.Core.Parameters;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>Public procurement as a lead market: the public sector as the first customer of target firms.</summary>
public sealed class PublicProcurement : LeverDefinition
{
    public static readonly PolicyParameter<double> RevenueBonus =
        PolicyParameter.Number("revenue_bonus", 0.05, NumberRange.NonNegative, "Extra revenue per worker per year for adopters in the lead market, model units.");

    public static PublicProcurement Instance { get; } = new();

    private PublicProcurement()
    {
    }

    public override string Name => "public_procurement";

    public override string Does =>
        "every target firm gets p + `p_boost` (adoptions by it are the `procurement` channel); target firms that have adopted earn `revenue_bonus` per worker";

    public override string Costs => "`cost_per_firm_year` × Δt per firm, plus the bonus revenue paid × `pounds_per_unit`";

    public override IReadOnlyList<PolicyParameter> Reads => [LeverParameters.PBoost, RevenueBonus, LeverParameters.CostPerFirmYear];

    public override LeverCounters Reports => LeverCounters.FirmsSupported;

    /// <summary>
    /// Every target firm of a city gets p_boost this tick (£ cost_per_firm_year), and those that have adopted
    /// an idea sell it revenue_bonus per worker (paid by the lever); a city is supported whole or not at all.
    /// </summary>
    public override void Act(in LeverTick tick, ref SplitMix64 random)
    {
        var world = tick.World;
        var lever = tick.Lever;
        var economy = world.Spec.Economy;
        var firms = world.Firms;
        var costPerFirmYear = tick.Get(LeverParameters.CostPerFirmYear);
        var bonus = tick.Get(RevenueBonus);
        var boost = (float)tick.Get(LeverParameters.PBoost);
        for (var c = 0; c < lever.TargetCity.Length; c++)
        {
            if (!lever.TargetCity[c]) continue;
            double cost = 0;
            var supported = 0;
            foreach (var f in world.FirmsByCity[c])
            {
                if (!tick.Targets(f)) continue;
                supported++;
                cost += costPerFirmYear * tick.Dt;
                if (firms.AdoptedCount[f] > 0) cost += bonus * economy.Workers.Of(firms.Size[f]) * tick.Dt * economy.PoundsPerUnit;
            }
            if (supported == 0 || !lever.TrySpend(c, cost)) continue;
            foreach (var f in world.FirmsByCity[c])
            {
                if (!tick.Targets(f)) continue;
                firms.ProcurementBoost[f] += boost;
                if (firms.AdoptedCount[f] > 0) firms.RevenueBonus[f] += (float)bonus;
            }
            lever.FirmsSupported[c] += supported;
        }
    }
}

using AdoptionSim.Core.Parameters;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>Public procurement as a lead market: the public sector as the first customer of target firms.</summary>
public sealed class PublicProcurement : LeverDefinition
{
    public static readonly PolicyParameter<double> RevenueBonus =
        PolicyParameter.Number("revenue_bonus", 0.05, NumberRange.NonNegative, "Extra revenue per worker per year for adopters in the lead market, in units of output per worker (× `economy.pounds_per_output_unit` £).");

    public static PublicProcurement Instance { get; } = new();

    private PublicProcurement()
    {
    }

    public override string Name => "public_procurement";

    public override string Does =>
        "target firms, in a priority drawn once per lever and firm while the city's money lasts (the last in part), get p + `p_boost` (their adoptions on it are the `procurement` channel); those that have adopted earn `revenue_bonus` per worker";

    public override string Costs => "`cost_per_firm_year` × Δt per real firm, plus the bonus revenue paid: `revenue_bonus` × workers × Δt × `economy.pounds_per_output_unit` per real firm";

    public override IReadOnlyList<PolicyParameter> Reads => [LeverParameters.PBoost, RevenueBonus, LeverParameters.CostPerFirmYear];

    public override LeverCounters Reports => LeverCounters.FirmsSupported;

    public override double WantedPerYear(in LeverTick tick, int city)
    {
        var total = 0.0;
        foreach (var f in tick.EligibleFirms(city)) total += CostPerYear(tick, f);
        return total;
    }

    /// <summary>£ a year of a firm's contract: the lead-market cost per real firm, plus the bonus revenue if it has adopted.</summary>
    private static double CostPerYear(in LeverTick tick, int firm)
    {
        var world = tick.World;
        var cost = tick.Get(LeverParameters.CostPerFirmYear) * world.RealFirmsOf(firm);
        if (world.Firms.AdoptedCount[firm] > 0)
            cost += tick.Get(RevenueBonus) * world.Spec.Economy.Workers.Of(world.Firms.Size[firm]) * world.PoundsPerUnitOf(firm);
        return cost;
    }

    public override void Act(in LeverTick tick, ref SplitMix64 random)
    {
        var world = tick.World;
        var lever = tick.Lever;
        var firms = world.Firms;
        var bonus = (float)tick.Get(RevenueBonus);
        var boost = (float)tick.Get(LeverParameters.PBoost);
        foreach (var c in tick.FundedCities())
        {
            if (LeverSpending.LeakAll(world, lever, c)) continue;
            var pot = lever.Left[c];
            foreach (var f in tick.ByPriority(c))
            {
                var share = (float)tick.Support(c, f, CostPerYear(tick, f) * tick.Dt, ref pot);
                if (share <= 0) break;
                firms.ProcurementBoost[f] += boost * share;
                if (firms.ProcurementLever[f] < 0) firms.ProcurementLever[f] = lever.Index;
                if (firms.AdoptedCount[f] > 0) firms.RevenueBonus[f] += bonus * share;
                if (share < 1) break;
            }
        }
    }
}

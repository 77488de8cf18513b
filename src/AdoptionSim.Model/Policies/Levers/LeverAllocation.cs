using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>
/// Shares a lever's budget between its eligible cities by its <c>allocation</c> rule, once, at the first tick of
/// its window, from the state of the world then (docs/model.md §7.5). No random draw: the same world gives the
/// same shares. Cities that are not eligible (<see cref="LeverDefinition.Eligible"/>) get nothing.
/// </summary>
public static class LeverAllocation
{
    public static double[] Shares(in LeverTick tick, LeverDefinition definition)
    {
        var world = tick.World;
        var state = world.CityState;
        var n = world.Cities.Count;
        var eligible = new bool[n];
        var eligibleFirms = new double[n];
        for (var c = 0; c < n; c++)
        {
            eligible[c] = definition.Eligible(tick, c);
            if (eligible[c]) eligibleFirms[c] = tick.EligibleFirms(c).Count;
        }
        var weights = new double[n];
        switch (tick.Lever.Spec.Allocation)
        {
            case AllocationRule.PerFirm:
                for (var c = 0; c < n; c++) weights[c] = eligibleFirms[c];
                break;
            case AllocationRule.ByNeed:
                var national = NationalProductivity(tick);
                for (var c = 0; c < n; c++)
                    weights[c] = eligible[c] && state.Productivity[c] > 0 ? state.Population[c] * national / state.Productivity[c] : 0;
                break;
            case AllocationRule.ByStrength:
                var quotients = LocationQuotients(tick, eligibleFirms);
                for (var c = 0; c < n; c++) weights[c] = eligible[c] ? state.Population[c] * quotients[c] : 0;
                break;
            case AllocationRule.CompetitiveBid:
                return CompetitiveBids(tick, definition, eligible, eligibleFirms);
            default:
                for (var c = 0; c < n; c++) weights[c] = eligible[c] ? state.Population[c] : 0;
                break;
        }
        return Normalised(weights);
    }

    /// <summary>
    /// Each eligible city bids what the lever's rates would cost it over the rest of the window
    /// (<see cref="LeverDefinition.WantedPerYear"/> × years); bids are scored by the location quotient of the funded
    /// sectors × the mean absorptive capacity of the eligible firms (a strong sector, and firms able to use the
    /// money), and funded best first until the pot is spent (the last one in part; ties to the lower city index).
    /// If every bid is funded the rest is shared in proportion to the bids.
    /// </summary>
    private static double[] CompetitiveBids(in LeverTick tick, LeverDefinition definition, bool[] eligible, double[] eligibleFirms)
    {
        var n = eligible.Length;
        var years = (LeverBudget.WindowEnd(tick.Lever, tick.World) - tick.World.Tick + 1) * tick.Dt;
        var quotients = LocationQuotients(tick, eligibleFirms);
        var bids = new double[n];
        var scores = new double[n];
        for (var c = 0; c < n; c++)
        {
            if (!eligible[c]) continue;
            bids[c] = definition.WantedPerYear(tick, c) * years;
            var absorptive = 0.0;
            var firms = tick.EligibleFirms(c);
            foreach (var f in firms) absorptive += tick.World.Firms.Absorptive[f];
            scores[c] = firms.Count == 0 ? 0 : quotients[c] * absorptive / firms.Count;
        }
        var budget = tick.Lever.Spec.Budget;
        if (bids.Sum() <= budget) return Normalised(bids);
        var funded = new double[n];
        var pot = budget;
        foreach (var c in Enumerable.Range(0, n).Where(c => bids[c] > 0).OrderByDescending(c => scores[c]).ThenBy(c => c))
        {
            funded[c] = Math.Min(bids[c], pot);
            pot -= funded[c];
            if (pot <= 0) break;
        }
        return Normalised(funded);
    }

    /// <summary>Productivity per worker of all cities together (workers-weighted).</summary>
    private static double NationalProductivity(in LeverTick tick)
    {
        var state = tick.World.CityState;
        double output = 0, workers = 0;
        for (var c = 0; c < state.Count; c++)
        {
            output += state.Productivity[c] * state.Workers[c];
            workers += state.Workers[c];
        }
        return workers > 0 ? output / workers : 0;
    }

    /// <summary>
    /// Location quotient of each city in the lever's eligible sectors: the share of its firms that are eligible
    /// over the same share nationally (for a lever funding one sector per city, the funded sector's).
    /// </summary>
    public static double[] LocationQuotients(in LeverTick tick, double[] eligibleFirms)
    {
        var world = tick.World;
        var n = world.Cities.Count;
        var quotients = new double[n];
        var all = 0.0;
        for (var c = 0; c < n; c++) all += world.FirmsByCity[c].Length;
        for (var c = 0; c < n; c++)
        {
            var firms = world.FirmsByCity[c].Length;
            if (firms == 0 || eligibleFirms[c] == 0) continue;
            var national = NationalShare(tick, c, all);
            quotients[c] = national > 0 ? eligibleFirms[c] / firms / national : 0;
        }
        return quotients;
    }

    /// <summary>National share of firms in the sectors the lever works with in a city.</summary>
    private static double NationalShare(in LeverTick tick, int city, double all)
    {
        if (all <= 0) return 0;
        var world = tick.World;
        var funded = tick.Lever.FundedSector;
        var count = 0;
        for (var c = 0; c < world.Cities.Count; c++)
            foreach (var f in world.FirmsByCity[c])
                if (funded is not null ? world.Firms.Sector[f] == funded[city] : tick.Lever.TargetSector[world.Firms.Sector[f]]) count++;
        return count / all;
    }

    private static double[] Normalised(double[] weights)
    {
        var sum = weights.Sum();
        return sum > 0 ? weights.Select(w => w / sum).ToArray() : new double[weights.Length];
    }
}

using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Rules;

/// <summary>
/// City aggregates of the economy (firms, mean productivity, adoption share, attractiveness), shared by
/// set-up and the economy, relocation and entry phases, and a firm's margin from them.
/// </summary>
public static class CityEconomy
{
    /// <summary>Alive firms, mean productivity, adoption share and attractiveness of every city.</summary>
    public static void ComputeCityState(World world)
    {
        var state = world.CityState;
        var cities = world.Cities.Count;
        var totals = CityTotals.Of(world);
        var ideas = world.Ideas.Count;
        double nationalFirms = 0, nationalProductivity = 0, nationalAdopted = 0;
        for (var c = 0; c < cities; c++)
        {
            state.Firms[c] = totals.Firms[c];
            state.MeanProductivity[c] = totals.MeanProductivity(c);
            state.AdoptionShare[c] = totals.AdoptionShare(c, ideas);
            nationalFirms += totals.Firms[c];
            nationalProductivity += totals.Productivity[c];
            nationalAdopted += totals.IdeasAdopted[c];
        }
        var meanProductivity = nationalFirms > 0 ? nationalProductivity / nationalFirms : 0;
        var meanShare = nationalFirms > 0 && ideas > 0 ? nationalAdopted / (ideas * nationalFirms) : 0;
        var meanSkills = world.Cities.Skills.Average();
        var economy = world.Spec.Economy;
        for (var c = 0; c < cities; c++)
            state.Attractiveness[c] = state.Firms[c] == 0 ? 0 : Math.Exp(Economics.LogAttractiveness(economy,
                state.MeanProductivity[c], meanProductivity, state.AdoptionShare[c], meanShare, world.Cities.Skills[c], meanSkills));
    }

    /// <summary>
    /// A firm's margin per worker, computed at its size (relief depends on its whole rateable value),
    /// from the city aggregates of <see cref="ComputeCityState"/>.
    /// </summary>
    public static double MarginPerWorker(World world, int firm)
    {
        var economy = world.Spec.Economy;
        var firms = world.Firms;
        var c = firms.City[firm];
        var workers = economy.Workers.Of(firms.Size[firm]);
        return Economics.Margin(economy, workers, firms.Productivity[firm], world.CityState.MeanProductivity[c], world.RentIndex[c],
            world.Cities.RateMultiplier[c], firms.RateCut[firm], firms.RevenueBonus[firm]) / workers;
    }
}

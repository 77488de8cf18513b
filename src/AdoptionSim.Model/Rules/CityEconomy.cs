using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Rules;

/// <summary>
/// City aggregates of the economy (firms, workers, productivity per worker, adoption share, wage,
/// attractiveness), shared by set-up and the economy, migration, relocation and entry phases, and a firm's
/// margin and exit hazard from them.
/// </summary>
public static class CityEconomy
{
    /// <summary>
    /// Moves each city's perceived attractiveness gain towards its current one, closing 1 − exp(−Δt/τ) of
    /// the gap (τ = economy.perception_years): an exponential moving average that is the same per year
    /// whatever the tick length.
    /// </summary>
    public static void Perceive(World world, double dt)
    {
        var state = world.CityState;
        var tau = world.Spec.Economy.PerceptionYears;
        var step = tau > 0 ? -double.ExpM1(-dt / tau) : 1.0;
        for (var c = 0; c < state.Count; c++)
            state.PerceivedGain[c] += step * (state.LogAttractiveness[c] - state.InitialLogAttractiveness[c] - state.PerceivedGain[c]);
    }

    /// <summary>Recomputes every city's aggregates from the firms and the city's rent and skills.</summary>
    public static void Update(World world)
    {
        var state = world.CityState;
        var cities = world.Cities.Count;
        var totals = world.CurrentTotals();
        var ideas = world.Ideas.Count;
        var economy = world.Spec.Economy;
        double workers = 0, output = 0, firms = 0, adopted = 0, skills = 0;
        for (var c = 0; c < cities; c++)
        {
            state.Firms[c] = totals.Firms[c];
            state.Workers[c] = totals.Workers[c];
            state.Productivity[c] = totals.ProductivityPerWorker(c);
            state.AdoptionShare[c] = totals.AdoptionShare(c, ideas);
            state.Wage[c] = economy.WageShare * state.Productivity[c];
            workers += totals.Workers[c];
            output += totals.Output[c];
            firms += totals.Firms[c];
            adopted += totals.IdeasAdopted[c];
            skills += state.Skills[c];
        }
        var nationalProductivity = workers > 0 ? output / workers : 0;
        var nationalShare = firms > 0 && ideas > 0 ? adopted / (ideas * firms) : 0;
        var meanSkills = cities > 0 ? skills / cities : 0;
        for (var c = 0; c < cities; c++)
            state.LogAttractiveness[c] = state.Firms[c] == 0 ? 0 : Economics.LogAttractiveness(economy, state.Productivity[c], nationalProductivity,
                state.AdoptionShare[c], nationalShare, state.Skills[c], meanSkills, state.Rent[c], state.InitialRent[c] > 0 ? state.InitialRent[c] : state.Rent[c]);
    }

    /// <summary>Output per worker of a firm: its own productivity (from the ideas it adopted) times its city's human-capital spillover.</summary>
    public static double EffectiveProductivity(World world, int firm) =>
        world.Firms.Productivity[firm] * world.CityState.Spillover[world.Firms.City[firm]];

    /// <summary>A firm's margin per year (relief depends on its whole rateable value), from the city aggregates of <see cref="Update"/>.</summary>
    public static double Margin(World world, int firm)
    {
        var economy = world.Spec.Economy;
        var firms = world.Firms;
        var c = firms.City[firm];
        var workers = economy.Workers.Of(firms.Size[firm]);
        return Economics.Margin(economy, workers, EffectiveProductivity(world, firm), world.CityState.Wage[c], world.CityState.Rent[c],
            world.Cities.RateMultiplier[c], firms.RateCut[firm], firms.RevenueBonus[firm]);
    }

    /// <summary>A firm's margin per worker per year (for snapshots and levers).</summary>
    public static double MarginPerWorker(World world, int firm) =>
        Margin(world, firm) / world.Spec.Economy.Workers.Of(world.Firms.Size[firm]);

    /// <summary>A firm's exit hazard per year from its margin as a share of its revenue.</summary>
    public static double ExitHazard(World world, int firm)
    {
        var economy = world.Spec.Economy;
        var firms = world.Firms;
        var c = firms.City[firm];
        return Economics.FirmExitHazard(economy, economy.Workers.Of(firms.Size[firm]), EffectiveProductivity(world, firm), world.CityState.Wage[c],
            world.CityState.Rent[c], world.Cities.RateMultiplier[c], firms.RateCut[firm], firms.RevenueBonus[firm]);
    }
}

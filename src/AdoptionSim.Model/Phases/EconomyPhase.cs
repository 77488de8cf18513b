using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// The economy after this tick's adoptions: city aggregates and attractiveness (shared with the migration,
/// relocation and entry phases), rents moving towards their congestion target, then margins and exits: each
/// firm exits with probability 1 − exp(−h·Δt), h its exit hazard per year from its margin.
/// </summary>
public sealed class EconomyPhase : ITickPhase<World>
{
    public string Name => "economy";

    public void Run(World world, in TickContext context)
    {
        CityEconomy.Update(world);
        CityEconomy.Perceive(world, context.Dt);
        var feedbacks = world.Spec.Feedbacks;
        if (feedbacks.Rents) UpdateRents(world, context.Dt);
        UpdateMarginsAndExits(world, context, exits: feedbacks.Exit);
    }

    private static void UpdateRents(World world, double dt)
    {
        var economy = world.Spec.Economy;
        var step = Economics.AdjustmentPerTick(economy.RentAdjustment, dt);
        var state = world.CityState;
        for (var c = 0; c < world.Cities.Count; c++)
        {
            if (state.Firms[c] == 0) continue;
            var target = Economics.TargetRent(economy, state.InitialRent[c], state.Firms[c], world.InitialFirms[c], state.Population[c], state.InitialPopulation[c]);
            state.Rent[c] += step * (target - state.Rent[c]);
        }
    }

    /// <summary>
    /// One pass over the firms: each firm's accounts once (margin, then exit hazard from margin and revenue, as
    /// <see cref="CityEconomy.MarginPerWorker"/> and <see cref="CityEconomy.ExitHazard"/> compute them), the
    /// city means of the hazard, and exits. Arrays are read into locals so the loop does not reload them.
    /// </summary>
    private static void UpdateMarginsAndExits(World world, in TickContext context, bool exits)
    {
        var firms = world.Firms;
        var state = world.CityState;
        var economy = world.Spec.Economy;
        var key = context.Streams.Key(StreamPurpose.Exit, context.Tick);
        var dt = context.Dt;
        var sizes = economy.Workers;
        Span<double> workersBySize = [sizes.Micro, sizes.Small, sizes.Medium, sizes.Large, sizes.Anchor];
        var alive = firms.Alive;
        var city = firms.City;
        var size = firms.Size;
        var productivity = firms.Productivity;
        var rateCut = firms.RateCut;
        var revenueBonus = firms.RevenueBonus;
        var margins = firms.Margin;
        var spillover = state.Spillover;
        var wage = state.Wage;
        var rent = state.Rent;
        var multiplier = world.Cities.RateMultiplier;
        var exitHazard = state.ExitHazard;
        Array.Clear(exitHazard);
        var exited = false;
        for (var f = 0; f < firms.Count; f++)
        {
            if (!alive[f]) continue;
            var c = city[f];
            var workers = workersBySize[(int)size[f]];
            var effective = productivity[f] * spillover[c];
            var bonus = (double)revenueBonus[f];
            var margin = Economics.Margin(economy, workers, effective, wage[c], rent[c], multiplier[c], rateCut[f], bonus);
            margins[f] = (float)(margin / workers);
            var hazard = Economics.ExitHazardOfAccounts(economy, margin, workers * (effective + bonus));
            exitHazard[c] += hazard;
            if (!exits || RandomStreams.UniformAt(key, firms.Key[f]) >= -double.ExpM1(-hazard * dt)) continue;
            world.Exit(f);
            world.Counters.Exits[c]++;
            exited = true;
        }
        for (var c = 0; c < world.Cities.Count; c++) exitHazard[c] = state.Firms[c] > 0 ? exitHazard[c] / state.Firms[c] : 0;
        if (exited) world.RebuildCityIndex();
    }
}

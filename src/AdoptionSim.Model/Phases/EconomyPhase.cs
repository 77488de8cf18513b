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

    private static void UpdateMarginsAndExits(World world, in TickContext context, bool exits)
    {
        var firms = world.Firms;
        var state = world.CityState;
        var key = context.Streams.Key(StreamPurpose.Exit, context.Tick);
        var dt = context.Dt;
        Array.Clear(state.ExitHazard);
        var exited = false;
        for (var f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            var c = firms.City[f];
            firms.Margin[f] = (float)CityEconomy.MarginPerWorker(world, f);
            var hazard = CityEconomy.ExitHazard(world, f);
            state.ExitHazard[c] += hazard;
            if (!exits || RandomStreams.UniformAt(key, firms.Key[f]) >= -double.ExpM1(-hazard * dt)) continue;
            world.Exit(f);
            world.Counters.Exits[c]++;
            exited = true;
        }
        for (var c = 0; c < world.Cities.Count; c++) state.ExitHazard[c] = state.Firms[c] > 0 ? state.ExitHazard[c] / state.Firms[c] : 0;
        if (exited) world.RebuildCityIndex();
    }
}

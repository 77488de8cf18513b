using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// The economy after this tick's adoptions: city aggregates and attractiveness (shared with the
/// relocation and entry phases), rents moving towards their target (gentrification), then margins and
/// exits: a firm exits after several ticks of losses, or by the base exit hazard.
/// </summary>
public sealed class EconomyPhase : ITickPhase<World>
{
    public string Name => "economy";

    public void Run(World world, in TickContext context)
    {
        CityEconomy.ComputeCityState(world);
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
            var target = Economics.TargetRent(economy, world.Cities.Rent[c], state.Attractiveness[c], state.Firms[c], world.InitialFirms[c]);
            world.RentIndex[c] += step * (target - world.RentIndex[c]);
        }
    }

    private static void UpdateMarginsAndExits(World world, in TickContext context, bool exits)
    {
        var economy = world.Spec.Economy;
        var firms = world.Firms;
        var key = context.Streams.Key(StreamPurpose.Exit, context.Tick);
        var baseExit = -double.ExpM1(-economy.BaseExitRate * context.Dt);
        var exited = false;
        for (var f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            var c = firms.City[f];
            var margin = CityEconomy.MarginPerWorker(world, f);
            firms.Margin[f] = (float)margin;
            firms.LossTicks[f] = margin < 0 ? firms.LossTicks[f] + 1 : 0;
            if (!exits) continue;
            if (firms.LossTicks[f] >= economy.ExitAfterTicks || RandomStreams.UniformAt(key, (ulong)f) < baseExit)
            {
                world.Exit(f);
                world.Counters.Exits[c]++;
                exited = true;
            }
        }
        if (exited) world.RebuildCityIndex();
    }
}

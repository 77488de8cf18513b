using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.World;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// The economy after this tick's adoptions: city aggregates and attractiveness (shared with the
/// relocation and entry phases), rents moving towards their target (gentrification), then margins and
/// exits: a firm exits after several ticks of losses, or by the base exit hazard.
/// </summary>
public sealed class EconomyPhase : ITickPhase<World.World>
{
    public string Name => "economy";

    public void Run(World.World world, in TickContext context)
    {
        ComputeCityState(world);
        var feedbacks = world.Spec.Feedbacks;
        if (feedbacks.Rents) UpdateRents(world, context.Dt);
        UpdateMarginsAndExits(world, context, exits: feedbacks.Exit);
    }

    /// <summary>Alive firms, mean productivity, adoption share and attractiveness of every city.</summary>
    public static void ComputeCityState(World.World world)
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
    public static double MarginPerWorker(World.World world, int firm)
    {
        var economy = world.Spec.Economy;
        var firms = world.Firms;
        var c = firms.City[firm];
        var workers = economy.Workers.Of(firms.Size[firm]);
        return Economics.Margin(economy, workers, firms.Productivity[firm], world.CityState.MeanProductivity[c], world.RentIndex[c],
            world.Cities.RateMultiplier[c], firms.RateCut[firm], firms.RevenueBonus[firm]) / workers;
    }

    private static void UpdateRents(World.World world, double dt)
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

    private static void UpdateMarginsAndExits(World.World world, in TickContext context, bool exits)
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
            var margin = MarginPerWorker(world, f);
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

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
        var hazards = feedbacks.Exit || feedbacks.Entry;
        if (hazards || world.NeedsMargins(context.Tick)) UpdateMarginsAndExits(world, context, exits: feedbacks.Exit, hazards);
        else Array.Clear(world.CityState.ExitHazard); // as the pass leaves it without hazards
    }

    /// <summary>Scratch reused from tick to tick (sized to the cities): costs per city and size class, and the cities firms left.</summary>
    private Costs[] _costs = [];
    private bool[] _left = [];

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
    /// <para>
    /// Exact shortcuts, each the same arithmetic on the same values: a firm's wage bill, rent and rates depend
    /// on its city and size class only (and its rate cut, which is 0 without a lever), so they are computed once
    /// per city and size class (<see cref="CityCosts"/>) and a firm with a rate cut computes its own. The exit
    /// hazard is read by exits and by entry only (the city means set the entrants): with both feedbacks off it
    /// is not computed and <see cref="CityState.ExitHazard"/> stays 0. Then the margins are read by nothing in
    /// the model, only by the firms snapshot after the run's last tick, so the pass runs only on the ticks
    /// <see cref="World.NeedsMargins"/> names (on its tick it computes exactly what it computed every tick
    /// before: no firm exits or enters without those feedbacks, so every firm is alive and gets its margin),
    /// and <see cref="World.MarginOf"/> refuses margins of another tick.
    /// </para>
    /// </summary>
    private void UpdateMarginsAndExits(World world, in TickContext context, bool exits, bool hazards)
    {
        var firms = world.Firms;
        var state = world.CityState;
        var economy = world.Spec.Economy;
        var key = context.Streams.Key(StreamPurpose.Exit, context.Tick);
        var dt = context.Dt;
        Span<double> workersBySize = stackalloc double[SizeClasses.Count];
        economy.Workers.CopyTo(workersBySize);
        var costs = CityCosts(world, workersBySize);
        var alive = firms.Alive;
        var size = firms.Size;
        var productivity = firms.Productivity;
        var rateCut = firms.RateCut;
        var revenueBonus = firms.RevenueBonus;
        var margins = firms.Margin;
        var spillover = state.Spillover;
        var multiplier = world.Cities.RateMultiplier;
        var exitHazard = state.ExitHazard;
        var left = Scratch(ref _left, world.Cities.Count);
        Array.Clear(left);
        var index = world.FirmsByCity;
        for (var c = 0; c < index.Length; c++)
        {
            // City by city through the index (firms in index order): each city's hazard sum takes its firms in the
            // same order as a pass over all firms, exits are keyed by firm, and one firm's exit changes nothing
            // another firm's accounts read, so the results are those of a pass over all firms.
            var cityFactor = spillover[c];
            var cityCosts = costs.AsSpan(c * SizeClasses.Count, SizeClasses.Count);
            var cityHazard = 0.0;
            foreach (var f in index[c])
            {
                if (!alive[f]) continue;
                var s = (int)size[f];
                var workers = workersBySize[s];
                var effective = productivity[f] * cityFactor;
                var bonus = (double)revenueBonus[f];
                var revenue = workers * (effective + bonus);
                ref readonly var cost = ref cityCosts[s];
                // Economics.Margin's expression, term by term: revenue − wages − rent − rates.
                var rates = rateCut[f] == 0 ? cost.Rates : Economics.Rates(economy, cost.Rent, multiplier[c], rateCut[f]);
                var margin = revenue - cost.Wages - cost.Rent - rates;
                margins[f] = (float)(margin / workers);
                if (!hazards) continue;
                var hazard = Economics.ExitHazardOfAccounts(economy, margin, revenue);
                cityHazard += hazard;
                if (!exits) continue;
                // The exit chance is 1 − e^−x ≤ x (x = h·Δt), and expm1 is faithful (within an ulp), so a draw at or
                // above x stays (no exponential needed); a draw below x is compared with the chance itself.
                var x = hazard * dt;
                var u = RandomStreams.UniformAt(key, firms.Key[f]);
                if (u >= x || u >= -double.ExpM1(-x)) continue;
                world.Exit(f);
                world.Counters.Exits[c]++;
                left[c] = true;
            }
            exitHazard[c] = cityHazard;
        }
        for (var c = 0; c < world.Cities.Count; c++) exitHazard[c] = state.Firms[c] > 0 ? exitHazard[c] / state.Firms[c] : 0;
        world.MarginsWritten();
        if (Array.IndexOf(left, true) >= 0) world.UpdateCityIndex(left, []);
    }

    private static T[] Scratch<T>(ref T[] array, int length)
    {
        if (array.Length != length) array = new T[length];
        return array;
    }

    /// <summary>A firm's costs per year that depend on its city and size class only (no rate cut).</summary>
    private readonly record struct Costs(double Wages, double Rent, double Rates);

    /// <summary>Wages, rent and rates (without a rate cut) of a firm of each city and size class, as <see cref="Economics.Margin"/> computes them.</summary>
    private Costs[] CityCosts(World world, ReadOnlySpan<double> workersBySize)
    {
        var economy = world.Spec.Economy;
        var state = world.CityState;
        var costs = Scratch(ref _costs, world.Cities.Count * SizeClasses.Count); // every entry written below
        for (var c = 0; c < world.Cities.Count; c++)
            for (var s = 0; s < SizeClasses.Count; s++)
            {
                var workers = workersBySize[s];
                var rent = workers * economy.Floorspace * state.Rent[c];
                costs[c * SizeClasses.Count + s] = new Costs(workers * state.Wage[c], rent, Economics.Rates(economy, rent, world.Cities.RateMultiplier[c], 0.0));
            }
        return costs;
    }
}

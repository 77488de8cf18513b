using AdoptionSim.Model.State;
using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Setup;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// A small share of firms move towards more attractive cities, less so with distance. The chance of
/// considering a move rises with the firm's productivity relative to its city (productive firms are the
/// footloose ones, as in the sorting literature); the destination is drawn in proportion to
/// max(0, A_j − A_own)·exp(−d/D). A mover keeps its ideas and productivity, loses its old ties and makes
/// new local ones.
/// </summary>
public sealed class RelocationPhase : ITickPhase<World>
{
    private double[,]? _distanceKm;

    public string Name => "relocate";

    public void Run(World world, in TickContext context)
    {
        if (!world.Spec.Feedbacks.Relocation || world.Cities.Count < 2) return;
        var distance = _distanceKm ??= Distances(world);
        var economy = world.Spec.Economy;
        var firms = world.Firms;
        var state = world.CityState;
        var key = context.Streams.Key(StreamPurpose.Relocation, context.Tick);
        var destinationKey = RandomStreams.Derive(key, 1);
        var rate = economy.RelocationRate * context.Dt;
        var pulls = new double[world.Cities.Count];
        var movers = new List<int>();
        for (var f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            var c = firms.City[f];
            var relative = state.MeanProductivity[c] > 0 ? firms.Productivity[f] / state.MeanProductivity[c] : 1.0;
            if (RandomStreams.UniformAt(key, (ulong)f) >= rate * Math.Pow(relative, economy.RelocationSelectivity)) continue;
            var total = 0.0;
            for (var j = 0; j < pulls.Length; j++)
            {
                pulls[j] = j == c || state.Firms[j] == 0 ? 0
                    : Math.Max(0, state.Attractiveness[j] * (1 + IncentiveIn(world, j)) - state.Attractiveness[c]) * Math.Exp(-distance[c, j] / economy.RelocationDistanceKm);
                total += pulls[j];
            }
            if (total <= 0) continue;
            var destination = Sampling.Pick(Sampling.Cumulative(pulls), RandomStreams.UniformAt(destinationKey, (ulong)f));
            // An enterprise zone pays its grant to every firm moving in while money lasts (deadweight included).
            var lever = world.RelocationLever[destination];
            if (lever >= 0 && world.Levers[lever].TrySpend(destination, world.RelocationGrant[destination]))
                world.Levers[lever].Relocations[destination]++;
            world.Move(f, destination);
            world.Counters.RelocationsOut[c]++;
            world.Counters.RelocationsIn[destination]++;
            movers.Add(f);
        }
        if (movers.Count == 0) return;
        world.RebuildCityIndex();
        var tiesKey = RandomStreams.Derive(key, 2);
        foreach (var f in movers) LocalTies.Make(world, f, RandomStreams.Derive(tiesKey, (ulong)f));
    }

    /// <summary>An enterprise zone's extra pull, only while its lever can still pay a relocation grant.</summary>
    private static double IncentiveIn(World world, int city)
    {
        var lever = world.RelocationLever[city];
        return lever >= 0 && world.Levers[lever].CanSpend(city, world.RelocationGrant[city]) ? world.RelocationBonus[city] : 0.0;
    }

    private static double[,] Distances(World world)
    {
        var cities = world.Cities;
        var d = new double[cities.Count, cities.Count];
        for (var i = 0; i < cities.Count; i++)
        for (var j = 0; j < cities.Count; j++)
            d[i, j] = Geography.DistanceKm(cities.Lat[i], cities.Lon[i], cities.Lat[j], cities.Lon[j]);
        return d;
    }
}

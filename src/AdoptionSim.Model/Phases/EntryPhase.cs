using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Setup;
using AdoptionSim.Model.State;
using MathNet.Numerics.Distributions;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// New firms: nationally about entry_rate × firms × Δt a tick, shared between cities in proportion to
/// firms × attractiveness^elasticity, each city's count Poisson distributed. An entrant's sector comes
/// from the city's mix and its productivity is drawn around the city's current mean (local knowledge
/// spills over to newcomers), so productive places breed productive entrants.
/// </summary>
public sealed class EntryPhase : ITickPhase<World>
{
    public string Name => "enter";

    public void Run(World world, in TickContext context)
    {
        if (!world.Spec.Feedbacks.Entry) return;
        var economy = world.Spec.Economy;
        var state = world.CityState;
        var cities = world.Cities.Count;
        var weights = new double[cities];
        var alive = 0.0;
        for (var c = 0; c < cities; c++)
        {
            var n = world.FirmsByCity[c].Length;
            alive += n;
            weights[c] = n * Math.Pow(state.Attractiveness[c], economy.EntryElasticity);
        }
        var total = weights.Sum();
        if (total <= 0) return;
        var key = context.Streams.Key(StreamPurpose.Entry, context.Tick);
        var entrants = new List<int>();
        var sizes = Sampling.Cumulative([world.Spec.Firms.SizeShares.Micro, world.Spec.Firms.SizeShares.Small, world.Spec.Firms.SizeShares.Medium, world.Spec.Firms.SizeShares.Large]);
        for (var c = 0; c < cities; c++)
        {
            var expected = economy.EntryRate * context.Dt * alive * weights[c] / total;
            if (expected <= 0) continue;
            var random = RandomStreams.AsSystemRandom(RandomStreams.Derive(key, (ulong)c));
            var count = Poisson.Sample(random, expected);
            var sectors = Sampling.Cumulative(world.Cities.SectorMix[c]);
            var meanLog = Math.Log(Math.Max(state.MeanProductivity[c], 1e-9));
            for (var k = 0; k < count; k++)
            {
                world.EnsureFirmCapacity(world.Firms.Count + 1);
                var size = (SizeClass)Sampling.Pick(sizes, random.NextDouble());
                var sector = Sampling.Pick(sectors, random.NextDouble());
                var absorptive = (float)FirmDraws.Absorptive(world.Spec.Firms, world.Cities.Skills[c], size, random);
                entrants.Add(world.Firms.Add(c, sector, size, absorptive, FirmDraws.Productivity(economy, meanLog, random)));
                world.Counters.Entries[c]++;
            }
        }
        if (entrants.Count == 0) return;
        world.RebuildCityIndex();
        var tiesKey = RandomStreams.Derive(key, ulong.MaxValue);
        foreach (var f in entrants) LocalTies.Make(world, f, RandomStreams.Derive(tiesKey, (ulong)f));
    }
}

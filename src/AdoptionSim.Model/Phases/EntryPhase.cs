using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.State;
using MathNet.Numerics.Distributions;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// New firms replace exits: a city's entrants per year are its mean exit hazard times a target firm count,
/// the count at tick 0 scaled by exp(entry_elasticity × attractiveness gained since tick 0), so births and
/// deaths balance where nothing changes and firm counts drift towards places that became attractive
/// (net entry = h̄·(target − firms): mean reversion at the turnover rate). Each city's count is Poisson. An
/// entrant's sector comes from the city's mix; its productivity and absorptive capacity are drawn from the
/// city's own tick-0 distributions (the place's structural level), so entry creates no trend by itself.
/// What it knows comes from the place: it is a spinoff of a local firm of its sector and inherits some of
/// that firm's ideas (<see cref="Spinoff"/>), then adopts more through the local ties it makes.
/// </summary>
public sealed class EntryPhase : ITickPhase<World>
{
    public string Name => "enter";

    public void Run(World world, in TickContext context)
    {
        if (!world.Spec.Feedbacks.Entry) return;
        var spec = world.Spec;
        var state = world.CityState;
        var key = context.Streams.Key(StreamPurpose.Entry, context.Tick);
        var sizes = Sampling.Cumulative([spec.Firms.SizeShares.Micro, spec.Firms.SizeShares.Small, spec.Firms.SizeShares.Medium, spec.Firms.SizeShares.Large]);
        var entrants = new List<int>();
        for (var c = 0; c < world.Cities.Count; c++)
        {
            if (world.InitialFirms[c] == 0) continue;
            var target = world.InitialFirms[c] * Math.Exp(spec.Economy.EntryElasticity * state.AttractivenessGain(c));
            var expected = state.ExitHazard[c] * target * context.Dt;
            if (expected <= 0) continue;
            var random = RandomStreams.AsSystemRandom(RandomStreams.Derive(key, (ulong)c));
            var count = Poisson.Sample(random, expected);
            if (count == 0) continue;
            var identity = context.Streams.Key(StreamPurpose.EntrantIdentity, context.Tick, c);
            var sectors = Sampling.Cumulative(world.Cities.SectorMix[c]);
            var meanLog = FirmDraws.MeanLogProductivity(spec.Economy, state.InitialSkills[c]);
            for (var k = 0; k < count; k++)
            {
                world.EnsureFirmCapacity(world.Firms.Count + 1);
                var size = (SizeClass)Sampling.Pick(sizes, random.NextDouble());
                var sector = Sampling.Pick(sectors, random.NextDouble());
                var absorptive = (float)FirmDraws.Absorptive(spec.Firms, state.InitialSkills[c], size, random);
                var productivity = FirmDraws.Productivity(spec.Economy, meanLog, random);
                var entrant = world.Firms.Add(RandomStreams.Derive(identity, (ulong)k), c, sector, size, absorptive, productivity);
                world.Counters.Inherited[c] += Spinoff.Inherit(world, entrant, spec.Economy.SpinoffInheritance, random);
                entrants.Add(entrant);
                world.Counters.Entries[c]++;
            }
        }
        if (entrants.Count == 0) return;
        world.AppendToCityIndex(entrants);
        var tiesKey = RandomStreams.Derive(key, ulong.MaxValue);
        foreach (var f in entrants) LocalTies.Make(world, f, RandomStreams.Derive(tiesKey, world.Firms.Key[f]));
    }
}

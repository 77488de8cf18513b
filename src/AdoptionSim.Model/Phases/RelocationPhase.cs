using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Policies.Levers;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// A small share of firms move towards cities whose attractiveness rose more than their own since tick 0,
/// less so with distance. The chance of considering a move rises with the firm's productivity relative to
/// its city (productive firms are the footloose ones, as in the sorting literature); the destination is
/// drawn in proportion to max(0, gain_j + ln(1 + incentive_j) − gain_own − threshold)·exp(−d/D), so a move
/// needs a gain above its cost and tick 0 is an equilibrium (no moves without change). A mover keeps its
/// ideas and productivity, loses its old ties and makes new local ones.
/// </summary>
public sealed class RelocationPhase : ITickPhase<World>
{
    private double[,]? _distanceKm;

    public string Name => "relocate";

    public void Run(World world, in TickContext context)
    {
        if (!world.Spec.Feedbacks.Relocation || world.Cities.Count < 2) return;
        var distance = _distanceKm ??= Geography.DistanceMatrix(world.Cities);
        var economy = world.Spec.Economy;
        var firms = world.Firms;
        var state = world.CityState;
        var key = context.Streams.Key(StreamPurpose.Relocation, context.Tick);
        var destinationKey = RandomStreams.Derive(key, 1);
        var certainKey = RandomStreams.Derive(key, 3);
        var rate = economy.RelocationRate * context.Dt;
        var cities = world.Cities.Count;
        var pulls = new double[cities];
        var gains = new double[cities];
        for (var j = 0; j < cities; j++) gains[j] = state.Firms[j] == 0 ? double.NegativeInfinity : state.AttractivenessGain(j) + Math.Log(1 + IncentiveIn(world, j));
        var ceilings = new ConsiderCeilings(rate, economy.RelocationSelectivity);
        var movers = new List<int>();
        var left = new bool[cities];
        for (var f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            var c = firms.City[f];
            var relative = state.Productivity[c] > 0 ? CityEconomy.EffectiveProductivity(world, f) / state.Productivity[c] : 1.0;
            var u = RandomStreams.UniformAt(key, firms.Key[f]);
            if (ceilings.AtOrAbove(u, relative) || u >= rate * Math.Pow(relative, economy.RelocationSelectivity)) continue;
            var own = state.AttractivenessGain(c) + economy.RelocationThreshold;
            var total = 0.0;
            for (var j = 0; j < cities; j++)
            {
                pulls[j] = j == c ? 0 : Math.Max(0, gains[j] - own) * Math.Exp(-distance[c, j] / economy.RelocationDistanceKm);
                total += pulls[j];
            }
            // A move needs a gain worth its cost: a small total pull moves proportionally few of those considering.
            if (total <= 0 || RandomStreams.UniformAt(certainKey, firms.Key[f]) * economy.RelocationCertainGain >= total) continue;
            var destination = Sampling.Pick(Sampling.Cumulative(pulls), RandomStreams.UniformAt(destinationKey, firms.Key[f]));
            // An enterprise zone pays its grant to every firm moving in while the city's money lasts (deadweight included);
            var lever = world.RelocationLever[destination];
            // A model mover stands for several real firms: the money left may pay the grant of only some of them.
            if (lever >= 0)
            {
                var zone = world.Levers[lever];
                var pot = zone.Left[destination];
                var paid = LeverSpending.BuyShare(world, zone, destination, world.RelocationGrant[destination] * world.RealFirmsOf(f), ref pot);
                if (paid > 0)
                {
                    zone.Relocations[destination]++;
                    zone.RealFirmsReached[destination] += paid * world.RealFirmsOf(f);
                }
            }
            world.Move(f, destination);
            left[c] = true;
            world.Counters.RelocationsOut[c]++;
            world.Counters.RelocationsIn[destination]++;
            movers.Add(f);
        }
        if (movers.Count == 0) return;
        world.UpdateCityIndex(left, movers);
        var tiesKey = RandomStreams.Derive(key, 2);
        foreach (var f in movers) LocalTies.Make(world, f, RandomStreams.Derive(tiesKey, firms.Key[f]));
    }

    /// <summary>An enterprise zone's extra pull, only while the city has money left for relocation grants this tick.</summary>
    private static double IncentiveIn(World world, int city)
    {
        var lever = world.RelocationLever[city];
        return lever >= 0 && world.Levers[lever].Left[city] > 0 ? world.RelocationBonus[city] : 0.0;
    }

    /// <summary>
    /// Upper bounds of the chance of considering a move, rate × relative^s, by the binary exponent of relative: for
    /// relative in [2^e, 2^(e+1)) and s ≥ 0 the chance is at most rate × 2^((e+1)s). A draw at or above that bound
    /// (raised by 1e-9, far more than the few ulps by which pow and the products can round) is at or above the chance
    /// itself, so most firms need no pow; a draw below it, or a relative outside the table, is compared as before.
    /// </summary>
    internal readonly struct ConsiderCeilings
    {
        private const int Lowest = -64;
        private readonly double[]? _ceiling;

        public ConsiderCeilings(double rate, double selectivity)
        {
            if (!(selectivity >= 0) || !(rate >= 0)) return;
            _ceiling = new double[-2 * Lowest];
            for (var i = 0; i < _ceiling.Length; i++) _ceiling[i] = rate * Math.Pow(Math.ScaleB(1.0, Lowest + i + 1), selectivity) * (1 + 1e-9);
        }

        /// <summary>Whether <paramref name="u"/> is at or above a bound of the chance (false: compare with the chance itself).</summary>
        public bool AtOrAbove(double u, double relative)
        {
            if (_ceiling is null || !(relative > 0) || !double.IsFinite(relative)) return false;
            var i = Math.ILogB(relative) - Lowest;
            if ((uint)i >= (uint)_ceiling.Length) return false;
            var ceiling = _ceiling[i];
            return ceiling > 0 && u >= ceiling;
        }
    }
}

using System.Runtime.CompilerServices;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Setup;

/// <summary>
/// Builds the standing ties: local (sector homophily on a ring lattice per sector, small-world
/// shortcuts, degree growing with size), anchor supply chains, and inter-city ties by a gravity model.
/// Each part draws from its own stream, per city where it can, so the parts do not disturb each other.
/// </summary>
public static class NetworkFactory
{
    /// <param name="threads">Threads the rows may be built on (<see cref="Network.FromEdges"/>); never changes the ties.</param>
    public static Network Create(ScenarioSpec spec, CityTable cities, FirmTable firms, int[] cityStarts, RandomStreams streams, int threads = 1)
    {
        var edges = new EdgeList(spec.Network.Mixing != Mixing.Full ? ExpectedTies(spec.Network, cities, firms) : 0);
        if (spec.Network.Mixing != Mixing.Full)
        {
            for (var c = 0; c < cities.Count; c++)
            {
                AddLocalTies(edges, spec.Network, firms, cityStarts[c], cityStarts[c + 1], streams.Key(StreamPurpose.LocalNetwork, c));
                AddAnchorTies(edges, spec.Network, firms, cityStarts[c], cityStarts[c + 1], streams.Key(StreamPurpose.AnchorNetwork, c));
            }
            AddIntercityTies(edges, spec.Network, cities, firms, cityStarts, streams.Key(StreamPurpose.IntercityNetwork));
        }
        return Network.FromEdges(firms.Count, edges, threads);
    }

    /// <summary>
    /// An upper bound, nearly reached, of the ties the parts below draw (each firm's local stubs rounded up,
    /// anchors' suppliers, inter-city ties rounded up per pair), so the edge list is allocated once.
    /// </summary>
    private static int ExpectedTies(NetworkSpec spec, CityTable cities, FirmTable firms)
    {
        Span<long> bySize = stackalloc long[Enum.GetValues<SizeClass>().Length];
        for (var f = 0; f < firms.Count; f++) bySize[(int)firms.Size[f]]++;
        double ties = 0;
        for (var size = 0; size < bySize.Length; size++)
            ties += bySize[size] * Math.Ceiling(spec.LocalDegree.Of((SizeClass)size) / 2.0);
        ties += bySize[(int)SizeClass.Anchor] * (double)Math.Max(0, spec.AnchorSuppliers);
        if (cities.Count > 1 && spec.IntercityTiesPerFirm > 0)
            ties += spec.IntercityTiesPerFirm * firms.Count / 2.0 + cities.Count * (cities.Count - 1) / 2.0;
        return (int)Math.Min(ties, Array.MaxLength);
    }

    /// <summary>
    /// Each firm makes half its target degree in ties (ties it receives from others make up the rest): to a
    /// uniformly drawn firm of the city with probability <c>rewire</c> (or when its sector has no other firm),
    /// else to the next firms of its sector on the ring with probability <c>homophily</c>, else to any firm.
    /// </summary>
    private static void AddLocalTies(EdgeList edges, NetworkSpec spec, FirmTable firms, int start, int end, ulong key)
    {
        var n = end - start;
        if (n < 2) return;
        var random = RandomStreams.Sequential(key);
        var ring = SectorRing.Of(firms.Sector, start, end);
        Span<double> halfDegree = stackalloc double[SizeClasses.Count];
        for (var size = 0; size < halfDegree.Length; size++) halfDegree[size] = spec.LocalDegree.Of((SizeClass)size) / 2.0;
        byte[] sector = firms.Sector;
        SizeClass[] sizes = firms.Size;
        double rewire = spec.Rewire, homophily = spec.Homophily;
        var competitorTrust = (float)spec.CompetitorTrust;
        for (var f = start; f < end; f++)
        {
            var s = sector[f];
            var sameSector = ring.Members(s);
            var position = ring.Position[f - start];
            var stubs = Sampling.StochasticRound(halfDegree[(int)sizes[f]], random.NextDouble());
            for (var j = 1; j <= stubs; j++)
            {
                int partner;
                if (random.NextDouble() < rewire || sameSector.Length < 2)
                    partner = start + random.NextInt(n);
                else if (random.NextDouble() < homophily)
                    partner = sameSector[RingStep(position + j, sameSector.Length)];
                else
                    partner = start + random.NextInt(n); // a firm of any sector: mostly another sector
                // Competitors (same sector and city: every firm here is of this city) trust each other less.
                if (partner != f) edges.Add(f, partner, sector[partner] == s ? competitorTrust : 1f);
            }
        }
    }

    /// <summary>Anchors tie to suppliers: firms of their city in other sectors.</summary>
    private static void AddAnchorTies(EdgeList edges, NetworkSpec spec, FirmTable firms, int start, int end, ulong key)
    {
        var random = RandomStreams.Sequential(key);
        for (var f = start; f < end; f++)
        {
            if (firms.Size[f] != SizeClass.Anchor) continue;
            for (var k = 0; k < spec.AnchorSuppliers && end - start > 1; k++)
            {
                var partner = start + random.NextInt(end - start);
                if (partner != f) edges.Add(f, partner, 1f);
            }
        }
    }

    /// <summary>
    /// Expected ties between cities i and j are T·G_ij/ΣG with G_ij = P_i·P_j / max(d_ij, d_min)^β and
    /// T = ties per firm × firms / 2; the count per pair is the integer part plus a Bernoulli draw of the
    /// rest. Ends are drawn within each city in proportion to firms' local degree (bigger firms reach further).
    /// </summary>
    private static void AddIntercityTies(EdgeList edges, NetworkSpec spec, CityTable cities, FirmTable firms, int[] starts, ulong key)
    {
        if (cities.Count < 2 || spec.IntercityTiesPerFirm <= 0) return;
        var gravity = Gravity.Weights(cities, spec.GravityBeta, spec.GravityMinKm);
        var total = gravity.Sum(g => g.Weight);
        if (total <= 0) return;
        var expectedTies = spec.IntercityTiesPerFirm * firms.Count / 2.0;
        var endWeights = new double[cities.Count][];
        for (var c = 0; c < cities.Count; c++)
        {
            endWeights[c] = new double[starts[c + 1] - starts[c]];
            for (var f = starts[c]; f < starts[c + 1]; f++) endWeights[c][f - starts[c]] = spec.LocalDegree.Of(firms.Size[f]);
            endWeights[c] = Sampling.Cumulative(endWeights[c]);
        }
        var random = RandomStreams.Sequential(key);
        foreach (var (i, j, weight) in gravity)
        {
            var ties = Sampling.StochasticRound(expectedTies * weight / total, random.NextDouble());
            for (var k = 0; k < ties; k++)
            {
                var a = starts[i] + Sampling.PickWeighted(endWeights[i], random.NextDouble());
                var b = starts[j] + Sampling.PickWeighted(endWeights[j], random.NextDouble());
                edges.Add(a, b, 1f);
            }
        }
    }

    /// <summary><c>k % length</c> for k ≥ 0, without the division when k is within two laps (nearly always: stubs are few).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RingStep(int k, int length)
    {
        if (k < length) return k;
        k -= length;
        return k < length ? k : k % length;
    }
}

using AdoptionSim.Model.State;
using AdoptionSim.Core.Random;

namespace AdoptionSim.Model.Benchmarks;

/// <summary>Watts–Strogatz small-world graph: a ring lattice of degree k with each tie's far end rewired with probability β.</summary>
public static class WattsStrogatz
{
    public static Network Create(int nodes, int k, double rewire, ulong key)
    {
        if (k % 2 != 0 || k >= nodes) throw new ArgumentException("k must be even and smaller than the number of nodes");
        var random = RandomStreams.Sequential(key);
        var edges = new List<(int, int, float)>(nodes * k / 2);
        for (var i = 0; i < nodes; i++)
        for (var j = 1; j <= k / 2; j++)
        {
            var target = (i + j) % nodes;
            if (random.NextDouble() < rewire)
            {
                do target = random.NextInt(nodes); while (target == i);
            }
            edges.Add((i, target, 1f));
        }
        return Network.FromEdges(nodes, edges);
    }
}

using System.Runtime.CompilerServices;

namespace AdoptionSim.Model.State;

/// <summary>
/// The standing ties between firms (local, supply-chain and inter-city) in compressed sparse rows:
/// the neighbours of firm f are <c>Targets[Offsets[f]..Offsets[f+1]]</c>, sorted, each tie stored in both
/// directions with its trust weight. Built once; broker-made ties live in <see cref="BrokeredTies"/>.
/// </summary>
public sealed class Network
{
    public Network(int[] offsets, int[] targets, float[] weights)
    {
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        LiveTies = new int[offsets.Length - 1];
        for (var f = 0; f < LiveTies.Length; f++)
            for (var e = offsets[f]; e < offsets[f + 1]; e++)
                if (weights[e] > 0f) LiveTies[f]++;
        foreach (var w in weights)
        {
            MaxWeight = Math.Max(MaxWeight, w);
            MinWeight = Math.Min(MinWeight, w);
        }
    }

    /// <summary>Largest and smallest trust weight of any standing tie as built (0 without ties); cutting a tie only lowers weights to 0.</summary>
    public float MaxWeight { get; }
    public float MinWeight { get; }

    public int[] Offsets { get; }
    public int[] Targets { get; }
    public float[] Weights { get; }

    /// <summary>Standing ties of each firm not cut (by an exit or a move): its contacts, the denominator of S.</summary>
    public int[] LiveTies { get; }

    public int FirmCount => Offsets.Length - 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Degree(int firm) => Offsets[firm + 1] - Offsets[firm];

    public ReadOnlySpan<int> Neighbours(int firm) => Targets.AsSpan(Offsets[firm], Degree(firm));

    public ReadOnlySpan<float> NeighbourWeights(int firm) => Weights.AsSpan(Offsets[firm], Degree(firm));

    public bool AreTied(int a, int b)
    {
        var index = Neighbours(a).BinarySearch(b);
        return index >= 0 && Weights[Offsets[a] + index] > 0f;
    }

    /// <summary>
    /// Cuts the tie at <paramref name="edge"/> of firm <paramref name="firm"/> in both directions (weight 0:
    /// the rows keep their shape) and returns the weight it had.
    /// </summary>
    public float CutTie(int firm, int edge)
    {
        var w = Weights[edge];
        if (w == 0f) return 0f;
        var other = Targets[edge];
        var back = Offsets[other] + Neighbours(other).BinarySearch(firm);
        Weights[edge] = 0f;
        Weights[back] = 0f;
        LiveTies[firm]--;
        LiveTies[other]--;
        return w;
    }

    /// <summary>
    /// Builds the rows from an undirected edge list (duplicates and self-loops dropped; the larger weight
    /// of a duplicated pair wins), in a deterministic order.
    /// </summary>
    public static Network FromEdges(int firmCount, List<(int A, int B, float Weight)> edges)
    {
        var directed = new (int From, int To, float Weight)[edges.Count * 2];
        var n = 0;
        foreach (var (a, b, w) in edges)
        {
            if (a == b) continue;
            directed[n++] = (a, b, w);
            directed[n++] = (b, a, w);
        }
        var span = directed.AsSpan(0, n);
        span.Sort(static (x, y) => x.From != y.From ? x.From.CompareTo(y.From) : x.To != y.To ? x.To.CompareTo(y.To) : y.Weight.CompareTo(x.Weight));

        var offsets = new int[firmCount + 1];
        var targets = new List<int>(n);
        var weights = new List<float>(n);
        var previous = (From: -1, To: -1);
        foreach (var (from, to, w) in span)
        {
            if (from == previous.From && to == previous.To) continue; // keep the first: the largest weight
            previous = (from, to);
            targets.Add(to);
            weights.Add(w);
            offsets[from + 1]++;
        }
        for (var f = 0; f < firmCount; f++) offsets[f + 1] += offsets[f];
        return new Network(offsets, targets.ToArray(), weights.ToArray());
    }
}

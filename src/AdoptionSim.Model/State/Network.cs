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
        AllLive = Array.TrueForAll(weights, w => w > 0f);
        foreach (var w in weights)
        {
            MaxWeight = Math.Max(MaxWeight, w);
            MinWeight = Math.Min(MinWeight, w);
        }
    }

    /// <summary>Every tie has a positive weight (none cut, none built with weight 0): each firm's live ties are its whole row.</summary>
    public bool AllLive { get; private set; }

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
        AllLive = false;
        LiveTies[firm]--;
        LiveTies[other]--;
        return w;
    }

    /// <summary>
    /// Builds the rows from an undirected edge list (duplicates and self-loops dropped; the larger weight
    /// of a duplicated pair wins), each row sorted by target, and releases the list. A counting sort by
    /// source (degrees, then each tie written into its row in both directions) and a sort of each short
    /// row give the order of a global sort of the (source, target) pairs without sorting 2×ties tuples.
    /// </summary>
    public static Network FromEdges(int firmCount, EdgeList edges)
    {
        var offsets = new int[firmCount + 1];
        ReadOnlySpan<int> from = edges.A, to = edges.B;
        var edgeWeights = edges.Weight;
        for (var i = 0; i < from.Length; i++)
        {
            int a = from[i], b = to[i];
            if (a == b) continue;
            offsets[a + 1]++;
            offsets[b + 1]++;
        }
        for (var f = 0; f < firmCount; f++) offsets[f + 1] += offsets[f];
        var n = offsets[firmCount];
        var targets = new int[n];
        var weights = new float[n];
        var next = offsets.AsSpan(0, firmCount).ToArray();
        for (var i = 0; i < from.Length; i++)
        {
            int a = from[i], b = to[i];
            if (a == b) continue;
            var w = edgeWeights[i];
            var ea = next[a]++;
            targets[ea] = b;
            weights[ea] = w;
            var eb = next[b]++;
            targets[eb] = a;
            weights[eb] = w;
        }
        edges.Release();
        var kept = SortAndMergeRows(offsets, targets, weights);
        if (kept < n)
        {
            Array.Resize(ref targets, kept);
            Array.Resize(ref weights, kept);
        }
        return new Network(offsets, targets, weights);
    }

    /// <summary>
    /// Sorts each row by target and merges repeated targets into one tie with the largest weight (as
    /// <see cref="float.CompareTo(float)"/> orders them), moving the rows down over what was merged and
    /// rewriting the offsets; returns the ties kept.
    /// </summary>
    private static int SortAndMergeRows(int[] offsets, int[] targets, float[] weights)
    {
        var firmCount = offsets.Length - 1;
        int start = 0, write = 0;
        for (var f = 0; f < firmCount; f++)
        {
            var end = offsets[f + 1];
            var rowTargets = targets.AsSpan(start, end - start);
            if (!IsStrictlyAscending(rowTargets)) rowTargets.Sort(weights.AsSpan(start, end - start));
            offsets[f] = write;
            for (var e = start; e < end; e++)
            {
                var t = targets[e];
                var w = weights[e];
                if (write > offsets[f] && targets[write - 1] == t)
                {
                    if (w.CompareTo(weights[write - 1]) > 0) weights[write - 1] = w;
                    continue;
                }
                targets[write] = t;
                weights[write] = w;
                write++;
            }
            start = end;
        }
        offsets[firmCount] = write;
        return write;
    }

    private static bool IsStrictlyAscending(ReadOnlySpan<int> row)
    {
        for (var i = 1; i < row.Length; i++)
            if (row[i] <= row[i - 1]) return false;
        return true;
    }
}

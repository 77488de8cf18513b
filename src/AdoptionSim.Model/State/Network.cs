using System.Runtime.CompilerServices;

namespace AdoptionSim.Model.State;

/// <summary>
/// The standing ties between firms (local, supply-chain and inter-city) in compressed sparse rows:
/// the neighbours of firm f are <c>Targets[Offsets[f]..Offsets[f+1]]</c>, sorted, each tie stored in both
/// directions with its trust weight. Built once; broker-made ties live in <see cref="BrokeredTies"/>.
/// </summary>
public sealed partial class Network
{
    public Network(int[] offsets, int[] targets, float[] weights)
    {
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        LiveTies = new int[offsets.Length - 1];
        float min = 0f, max = 0f;
        for (var f = 0; f < LiveTies.Length; f++)
            LiveTies[f] = RowStatistics(weights.AsSpan(offsets[f], offsets[f + 1] - offsets[f]), ref min, ref max);
        MinWeight = min;
        MaxWeight = max;
        AllLive = EveryTieLive(LiveTies, offsets[^1]);
    }

    /// <summary>Rows whose live ties and weight range <see cref="FromEdges"/> counted as it merged them.</summary>
    private Network(int[] offsets, int[] targets, float[] weights, int[] liveTies, float minWeight, float maxWeight)
    {
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        LiveTies = liveTies;
        MinWeight = minWeight;
        MaxWeight = maxWeight;
        AllLive = EveryTieLive(liveTies, offsets[^1]);
    }

    /// <summary>Whether the live ties are all the ties (each firm's live ties are at most its row, so only if every row is whole).</summary>
    private static bool EveryTieLive(int[] liveTies, int ties)
    {
        long live = 0;
        foreach (var n in liveTies) live += n;
        return live == ties;
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
    /// <param name="threads">
    /// Threads the build may use: with 2 or more and a large list, <see cref="FromEdgesInParts"/> does each step
    /// on parts of the list and of the rows at once. The rows are the same whatever the count.
    /// </param>
    public static Network FromEdges(int firmCount, EdgeList edges, int threads = 1)
    {
        var parts = Math.Min(Math.Min(threads, MaxParts), edges.Count / MinTiesPerPart);
        if (parts > 1 && firmCount >= parts) return FromEdgesInParts(firmCount, edges, parts);
        var offsets = CountTies(firmCount, edges.A, edges.B);
        var n = offsets[firmCount];
        var targets = GC.AllocateUninitializedArray<int>(n);
        var weights = GC.AllocateUninitializedArray<float>(n);
        FillRows(offsets, targets, weights, edges.A, edges.B, edges.Weight);
        edges.Release();
        var liveTies = new int[firmCount];
        float min = 0f, max = 0f;
        var kept = SortAndMergeRows(offsets, targets, weights, liveTies, 0, firmCount, n, ref min, ref max);
        offsets[firmCount] = kept;
        if (kept < n)
        {
            Array.Resize(ref targets, kept);
            Array.Resize(ref weights, kept);
        }
        return new Network(offsets, targets, weights, liveTies, min, max);
    }

    /// <summary>Adds one to the count of each end of every tie (self-loops left out).</summary>
    private static void AddTieEnds(Span<int> counts, ReadOnlySpan<int> from, ReadOnlySpan<int> to)
    {
        to = to[..from.Length];
        for (var i = 0; i < from.Length; i++)
        {
            int a = from[i], b = to[i];
            if (a == b) continue;
            counts[a]++;
            counts[b]++;
        }
    }

    /// <summary>
    /// Ties of each firm (self-loops left out), as the running sums <c>offsets[f]</c> = end of row f, and
    /// <c>offsets[firmCount]</c> = all ties: <see cref="FillRows"/> moves each <c>offsets[f]</c> back to the row's start.
    /// </summary>
    private static int[] CountTies(int firmCount, ReadOnlySpan<int> from, ReadOnlySpan<int> to)
    {
        var offsets = new int[firmCount + 1];
        AddTieEnds(offsets, from, to);
        for (var f = 1; f < firmCount; f++) offsets[f] += offsets[f - 1];
        offsets[firmCount] = firmCount > 0 ? offsets[firmCount - 1] : 0;
        return offsets;
    }

    /// <summary>
    /// Writes each tie into its two rows from the last edge back, moving the row ends down to the row starts:
    /// each row ends up in edge-list order (as a forward fill would leave it) without a second cursor array.
    /// </summary>
    private static void FillRows(int[] offsets, int[] targets, float[] weights, ReadOnlySpan<int> from, ReadOnlySpan<int> to, ReadOnlySpan<float> edgeWeights)
    {
        to = to[..from.Length];
        edgeWeights = edgeWeights[..from.Length];
        for (var i = from.Length - 1; i >= 0; i--)
        {
            int a = from[i], b = to[i];
            if (a == b) continue;
            var w = edgeWeights[i];
            var eb = --offsets[b];
            targets[eb] = a;
            weights[eb] = w;
            var ea = --offsets[a];
            targets[ea] = b;
            weights[ea] = w;
        }
    }

    /// <summary>
    /// Sorts each row of <c>firstRow..endRow-1</c> (their ties start at <c>offsets[firstRow]</c> and end at
    /// <paramref name="endTie"/>) by target and merges repeated targets into one tie with the largest weight
    /// (as <see cref="float.CompareTo(float)"/> orders them), moving the rows down over what was merged,
    /// rewriting their offsets and counting each row's live ties and the weight range; returns where the
    /// range's ties now end. The order of repeated targets before the merge does not matter: the largest
    /// weight wins whatever it is.
    /// </summary>
    private static int SortAndMergeRows(int[] offsets, int[] targets, float[] weights, int[] liveTies, int firstRow, int endRow, int endTie,
        ref float min, ref float max)
    {
        int start = offsets[firstRow], write = start;
        for (var f = firstRow; f < endRow; f++)
        {
            var end = f + 1 < endRow ? offsets[f + 1] : endTie;
            SortRow(targets.AsSpan(start, end - start), weights.AsSpan(start, end - start));
            var rowStart = write;
            offsets[f] = rowStart;
            for (var e = start; e < end; e++)
            {
                var t = targets[e];
                var w = weights[e];
                if (write > rowStart && targets[write - 1] == t)
                {
                    if (w.CompareTo(weights[write - 1]) > 0) weights[write - 1] = w;
                    continue;
                }
                targets[write] = t;
                weights[write] = w;
                write++;
            }
            liveTies[f] = RowStatistics(weights.AsSpan(rowStart, write - rowStart), ref min, ref max);
            start = end;
        }
        return write;
    }

    /// <summary>
    /// Sorts a row by target, its weights alongside: insertion sort for the short rows most firms have (they
    /// come nearly in order: ring ties written in order, a few rewired ones out of place), the library sort
    /// for long ones.
    /// </summary>
    private static void SortRow(Span<int> rowTargets, Span<float> rowWeights)
    {
        if (rowTargets.Length > 32)
        {
            rowTargets.Sort(rowWeights);
            return;
        }
        for (var i = 1; i < rowTargets.Length; i++)
        {
            var t = rowTargets[i];
            if (t >= rowTargets[i - 1]) continue;
            var w = rowWeights[i];
            var j = i - 1;
            do
            {
                rowTargets[j + 1] = rowTargets[j];
                rowWeights[j + 1] = rowWeights[j];
                j--;
            }
            while (j >= 0 && rowTargets[j] > t);
            rowTargets[j + 1] = t;
            rowWeights[j + 1] = w;
        }
    }

    /// <summary>Live ties (weight above 0) of one row; widens the weight range (which starts at 0) by its weights.</summary>
    private static int RowStatistics(ReadOnlySpan<float> rowWeights, ref float min, ref float max)
    {
        int live = 0;
        float low = min, high = max;
        foreach (var w in rowWeights)
        {
            if (w > 0f) live++;
            high = Math.Max(high, w);
            low = Math.Min(low, w);
        }
        min = low;
        max = high;
        return live;
    }
}

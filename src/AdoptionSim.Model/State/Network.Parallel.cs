namespace AdoptionSim.Model.State;

/// <summary>
/// <see cref="FromEdges"/> on several threads: the same counting sort and per-row merge, each step split into
/// parts that write disjoint places, so the rows are those of the one-thread build whatever the thread count.
/// </summary>
public sealed partial class Network
{
    /// <summary>Parts at most: each costs a count array of one int per firm.</summary>
    private const int MaxParts = 4;

    /// <summary>Below this many ties per part the threads' start-up outweighs the work.</summary>
    private const int MinTiesPerPart = 1 << 16;

    /// <summary>
    /// Part p of the edge list counts its ties per row; each row is then laid out part by part (part 0's ties
    /// first), so part p fills its own slots of every row in edge-list order: the layout of the one-thread fill.
    /// The rows are then sorted and merged in parts of about equal ties, each compacting within its part; if
    /// a pair was merged anywhere the parts are copied together into arrays of the exact size (as the one-thread
    /// build copies its arrays down to size), each part's offsets moved down by the ties merged before it.
    /// </summary>
    private static Network FromEdgesInParts(int firmCount, EdgeList edges, int parts)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = parts };
        var edgeStarts = new int[parts + 1];
        for (var p = 0; p <= parts; p++) edgeStarts[p] = (int)((long)edges.Count * p / parts);
        var cursors = new int[parts][];
        Parallel.For(0, parts, options, p => cursors[p] = CountPart(firmCount, edges.A[edgeStarts[p]..edgeStarts[p + 1]], edges.B[edgeStarts[p]..edgeStarts[p + 1]]));

        var offsets = new int[firmCount + 1];
        var n = 0;
        for (var f = 0; f < firmCount; f++)
        {
            offsets[f] = n;
            for (var p = 0; p < parts; p++)
            {
                var count = cursors[p][f];
                cursors[p][f] = n;
                n += count;
            }
        }
        offsets[firmCount] = n;

        var targets = GC.AllocateUninitializedArray<int>(n);
        var weights = GC.AllocateUninitializedArray<float>(n);
        Parallel.For(0, parts, options, p =>
        {
            int first = edgeStarts[p], end = edgeStarts[p + 1];
            FillPart(cursors[p], targets, weights, edges.A[first..end], edges.B[first..end], edges.Weight[first..end]);
        });
        edges.Release();

        // Rows of part p: rowStarts[p]..rowStarts[p+1]-1, split where the ties reach p/parts of the total.
        var rowStarts = new int[parts + 1];
        var tieStarts = new int[parts + 1];
        for (var p = 1; p < parts; p++)
        {
            var row = Array.BinarySearch(offsets, 0, firmCount + 1, (int)((long)n * p / parts));
            if (row < 0) row = ~row;
            while (row > 0 && offsets[row - 1] == offsets[row]) row--; // the first of rows starting there
            rowStarts[p] = Math.Max(rowStarts[p - 1], Math.Min(row, firmCount));
        }
        rowStarts[parts] = firmCount;
        for (var p = 0; p <= parts; p++) tieStarts[p] = offsets[rowStarts[p]];

        var liveTies = new int[firmCount];
        var keptEnds = new int[parts];
        var mins = new float[parts];
        var maxes = new float[parts];
        Parallel.For(0, parts, options, p =>
        {
            float min = 0f, max = 0f;
            keptEnds[p] = rowStarts[p] < rowStarts[p + 1]
                ? SortAndMergeRows(offsets, targets, weights, liveTies, rowStarts[p], rowStarts[p + 1], tieStarts[p + 1], ref min, ref max)
                : tieStarts[p];
            mins[p] = min;
            maxes[p] = max;
        });
        float minWeight = 0f, maxWeight = 0f;
        for (var p = 0; p < parts; p++)
        {
            // Math.Min and Math.Max give the same result in any order (−0 below +0, NaN wins), as one pass does.
            minWeight = Math.Min(minWeight, mins[p]);
            maxWeight = Math.Max(maxWeight, maxes[p]);
        }

        var kept = 0;
        for (var p = 0; p < parts; p++) kept += keptEnds[p] - tieStarts[p];
        offsets[firmCount] = kept;
        if (kept < n)
        {
            var keptTargets = GC.AllocateUninitializedArray<int>(kept);
            var keptWeights = GC.AllocateUninitializedArray<float>(kept);
            var destinations = new int[parts];
            for (var p = 1; p < parts; p++) destinations[p] = destinations[p - 1] + keptEnds[p - 1] - tieStarts[p - 1];
            Parallel.For(0, parts, options, p =>
            {
                var length = keptEnds[p] - tieStarts[p];
                Array.Copy(targets, tieStarts[p], keptTargets, destinations[p], length);
                Array.Copy(weights, tieStarts[p], keptWeights, destinations[p], length);
                var shift = tieStarts[p] - destinations[p];
                for (var f = rowStarts[p]; f < rowStarts[p + 1]; f++) offsets[f] -= shift;
            });
            targets = keptTargets;
            weights = keptWeights;
        }
        return new Network(offsets, targets, weights, liveTies, minWeight, maxWeight);
    }

    /// <summary>Ties per row (self-loops left out) in one part of the edge list.</summary>
    private static int[] CountPart(int firmCount, ReadOnlySpan<int> from, ReadOnlySpan<int> to)
    {
        var counts = new int[firmCount];
        AddTieEnds(counts, from, to);
        return counts;
    }

    /// <summary>Writes one part's ties into its slots of their rows, in edge-list order.</summary>
    private static void FillPart(int[] cursors, int[] targets, float[] weights, ReadOnlySpan<int> from, ReadOnlySpan<int> to, ReadOnlySpan<float> edgeWeights)
    {
        to = to[..from.Length];
        edgeWeights = edgeWeights[..from.Length];
        for (var i = 0; i < from.Length; i++)
        {
            int a = from[i], b = to[i];
            if (a == b) continue;
            var w = edgeWeights[i];
            var ea = cursors[a]++;
            targets[ea] = b;
            weights[ea] = w;
            var eb = cursors[b]++;
            targets[eb] = a;
            weights[eb] = w;
        }
    }
}

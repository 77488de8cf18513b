using System.Globalization;
using AdoptionSim.Core.Random;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// How an experiment becomes runs: the values of a range, the grid points (the cartesian product of the
/// axes), their ids, the canonical order of runs and the seed of each replicate (common random numbers).
/// Pure functions of what the file says, so every shard and every resumed sweep computes the same runs.
/// </summary>
public static class GridExpansion
{
    /// <summary>
    /// How many values <c>{from, to, step}</c> gives, both ends included. The tolerance lets a <paramref name="to"/>
    /// reached after rounding count (0.1 to 0.5 by 0.1 is 5 values, though 0.4 / 0.1 is 3.9999999999999996).
    /// NaN or negative when the step never gets there; the caller checks.
    /// </summary>
    public static double RangeCount(double from, double to, double step) =>
        Math.Floor((to - from) / step * (1 + 1e-12) + 1e-9) + 1;

    /// <summary>
    /// The <paramref name="count"/> values of a range as text: each rounded to 12 significant digits, so that
    /// 0.1 + 2·0.1 is written 0.3, not 0.30000000000000004; written as integers for an integer key.
    /// </summary>
    public static List<string> RangeValues(double from, double step, int count, bool integer)
    {
        var values = new List<string>(count);
        for (var k = 0; k < count; k++)
        {
            var x = double.Parse((from + k * step).ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            values.Add(integer ? ((long)x).ToString(CultureInfo.InvariantCulture) : FormatNumber(x));
        }

        return values;
    }

    /// <summary>A number as range messages and values show it: shortest round-trip text.</summary>
    public static string FormatNumber(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Number of grid points (an axis without values counts once, so that a bad axis does not hide a huge grid).</summary>
    public static long PointCount(IEnumerable<int> axisLengths) => axisLengths.Aggregate(1L, (count, n) => count * Math.Max(1, n));

    /// <summary>Every combination of one value per axis, the last axis varying fastest; no axes give one point.</summary>
    public static List<GridPoint> Points(IReadOnlyList<GridAxis> grid)
    {
        var count = grid.Aggregate(1, (n, axis) => n * axis.Values.Count);
        var points = new List<GridPoint>(count);
        for (var i = 0; i < count; i++)
        {
            var values = new GridValue[grid.Count];
            var rest = i;
            for (var a = grid.Count - 1; a >= 0; a--)
            {
                values[a] = grid[a].Values[rest % grid[a].Values.Count];
                rest /= grid[a].Values.Count;
            }

            points.Add(new GridPoint(i, PointId(i, count), values));
        }

        return points;
    }

    /// <summary>"p" and the index, zero-padded to the width of the largest (p00 … p11 for 12 points), so that ids sort.</summary>
    public static string PointId(int index, int count)
    {
        var width = Math.Max(1, (count - 1).ToString(CultureInfo.InvariantCulture).Length);
        return "p" + index.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
    }

    /// <summary>Run <paramref name="index"/> in the canonical order, arm, then grid point, then replicate.</summary>
    public static ExperimentRun Run(int index, int points, int replications, long masterSeed)
    {
        var replicate = index % replications;
        var point = index / replications % points;
        var arm = index / replications / points;
        return new ExperimentRun(index, arm, point, replicate, ReplicateSeed(masterSeed, replicate));
    }

    /// <summary>
    /// The seed of replicate <paramref name="replicate"/> in every arm and grid point (common random numbers): the
    /// top 53 bits of the stream key <c>new RandomStreams(masterSeed).Key(StreamPurpose.Experiment, replicate)</c>,
    /// so that seeds are non-negative, distinct in practice, and exact in JSON and spreadsheets (below 2^53).
    /// </summary>
    public static long ReplicateSeed(long masterSeed, int replicate) =>
        (long)(new RandomStreams((ulong)masterSeed).Key(StreamPurpose.Experiment, replicate) >> 11);
}

using AdoptionSim.Analysis.Statistics;
using AdoptionSim.Core.Random;

namespace AdoptionSim.Analysis.Sampling;

/// <summary>
/// The Sobol' low-discrepancy sequence (I. M. Sobol', USSR Comput. Math. Math. Phys. 7 (1967) 86–112) in up
/// to <see cref="MaxDimensions"/> dimensions, with Joe and Kuo's direction numbers (<see cref="JoeKuoDirections"/>)
/// and 32-bit precision, in Gray-code order (Antonov and Saleev 1979) as Joe and Kuo's own generator and SciPy:
/// point n has coordinate j equal to the XOR of the direction numbers V_j[b] over the bits b set in
/// gray(n) = n ⊕ (n ≫ 1), divided by 2³². Every prefix of 2^m points is a (t, m, s)-net.
/// <para>
/// With a shift seed, each dimension is XORed with a seeded random 32-bit word (a random digital shift): the
/// net structure is kept, the all-zero first point disappears, and different seeds give independent
/// randomisations of the same design.
/// </para>
/// </summary>
public sealed class SobolSequence
{
    /// <summary>The most dimensions the bundled direction numbers support.</summary>
    public const int MaxDimensions = JoeKuoDirections.MaxDimensions;

    /// <summary>The sequence has 2³² distinct points at 32-bit precision.</summary>
    public const long MaxPoints = 1L << Bits;

    private const int Bits = 32;
    private const double Scale = 1.0 / (1L << Bits);

    private readonly uint[][] _directions;
    private readonly uint[] _shift;

    /// <param name="dimensions">1 to <see cref="MaxDimensions"/>.</param>
    /// <param name="shiftSeed">If given, the seed of a random digital shift; if null, the plain sequence.</param>
    public SobolSequence(int dimensions, ulong? shiftSeed = null)
    {
        if (dimensions < 1 || dimensions > MaxDimensions)
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions,
                $"the Sobol' sequence here supports 1 to {MaxDimensions} dimensions (Joe–Kuo direction numbers bundled for those)");
        Dimensions = dimensions;
        _directions = new uint[dimensions][];
        for (var j = 0; j < dimensions; j++) _directions[j] = DirectionNumbers(j);
        _shift = new uint[dimensions];
        if (shiftSeed is { } seed)
        {
            var key = AnalysisStreams.Key(seed, AnalysisStream.SobolShift);
            for (var j = 0; j < dimensions; j++) _shift[j] = (uint)(RandomStreams.At(key, (ulong)j) >> 32);
        }
    }

    /// <summary>The number of coordinates of each point.</summary>
    public int Dimensions { get; }

    /// <summary>Writes point <paramref name="index"/> (0-based) into <paramref name="into"/>, one coordinate in [0, 1) per dimension.</summary>
    public void Point(long index, Span<double> into)
    {
        if (index < 0 || index >= MaxPoints)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"the sequence has points 0 to {MaxPoints - 1}");
        if (into.Length != Dimensions) throw new ArgumentException($"expected room for {Dimensions} coordinates, got {into.Length}");
        var gray = (ulong)index ^ ((ulong)index >> 1);
        for (var j = 0; j < Dimensions; j++)
        {
            var v = _directions[j];
            var x = _shift[j];
            var bits = gray;
            for (var b = 0; bits != 0; b++, bits >>= 1)
                if ((bits & 1) != 0) x ^= v[b];
            into[j] = x * Scale;
        }
    }

    /// <summary>Point <paramref name="index"/> as a new array.</summary>
    public double[] Point(long index)
    {
        var point = new double[Dimensions];
        Point(index, point);
        return point;
    }

    /// <summary>
    /// The 32 direction numbers of dimension j (0-based), scaled by 2³²: V[b] = m_{b+1}·2^{31−b} for the initial
    /// m's, then Bratley and Fox's recurrence V[b] = V[b−s] ⊕ (V[b−s] ≫ s) ⊕ ⨁_{k=1}^{s−1} a_k V[b−k], where
    /// a_k is bit s−1−k of the row's coefficient number.
    /// </summary>
    internal static uint[] DirectionNumbers(int j)
    {
        var v = new uint[Bits];
        if (j == 0)
        {
            for (var b = 0; b < Bits; b++) v[b] = 1u << (Bits - 1 - b);
            return v;
        }
        var row = JoeKuoDirections.Rows[j - 1];
        var s = row.Degree;
        for (var b = 0; b < Bits; b++)
        {
            if (b < s)
            {
                v[b] = row.Initial[b] << (Bits - 1 - b);
                continue;
            }
            var x = v[b - s] ^ (v[b - s] >> s);
            for (var k = 1; k < s; k++)
                if (((row.Coefficients >> (s - 1 - k)) & 1) != 0) x ^= v[b - k];
            v[b] = x;
        }
        return v;
    }
}

namespace AdoptionSim.Analysis.Sampling;

/// <summary>
/// Saltelli's sampling scheme for first-order and total Sobol' indices (A. Saltelli et al., "Variance based
/// sensitivity analysis of model output. Design and estimator for the total sensitivity index", Comput. Phys.
/// Commun. 181 (2010) 259–270). Two N × k matrices A and B are the first and last k coordinates of the first N
/// points of a 2k-dimensional Sobol' sequence (randomised by a seeded digital shift), and A_B^(i) is A with
/// its column i taken from B. That is N(k + 2) model runs.
/// <para>
/// Runs are laid out in blocks of N rows: A, then B, then A_B^(1), …, A_B^(k); run (block b, row j) has index
/// b·N + j. Powers of two for N keep the Sobol' points balanced.
/// </para>
/// </summary>
public sealed class SaltelliDesign
{
    private readonly double[][] _unit;
    private readonly double[][] _values;

    private SaltelliDesign(ParameterSpace space, int baseSamples, ulong seed, double[][] unit, double[][] values)
    {
        Space = space;
        BaseSamples = baseSamples;
        Seed = seed;
        _unit = unit;
        _values = values;
    }

    /// <summary>The most parameters a design can have: the Sobol' sequence needs two dimensions per parameter.</summary>
    public const int MaxParameters = SobolSequence.MaxDimensions / 2;

    /// <summary>The inputs the design varies.</summary>
    public ParameterSpace Space { get; }

    /// <summary>N, the rows of A and B.</summary>
    public int BaseSamples { get; }

    /// <summary>The seed the design was made with.</summary>
    public ulong Seed { get; }

    /// <summary>N(k + 2).</summary>
    public int RunCount => _unit.Length;

    /// <summary>Each run's unit-cube coordinates, in run order.</summary>
    public IReadOnlyList<double[]> Unit => _unit;

    /// <summary>Each run's model values (the parameters' scales applied), in run order.</summary>
    public IReadOnlyList<double[]> Values => _values;

    /// <param name="space">The inputs (1 to <see cref="MaxParameters"/>).</param>
    /// <param name="baseSamples">N ≥ 2; a power of two is best.</param>
    /// <param name="seed">Seeds the digital shift of the Sobol' points.</param>
    public static SaltelliDesign Create(ParameterSpace space, int baseSamples, ulong seed)
    {
        var k = space.Count;
        if (k > MaxParameters)
            throw new ArgumentException($"a Saltelli design here supports at most {MaxParameters} parameters, got {k}", nameof(space));
        if (baseSamples < 2 || (long)baseSamples * (k + 2) > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(baseSamples), baseSamples, "expected N ≥ 2 and N(k + 2) runs within an int");
        var sequence = new SobolSequence(2 * k, seed);
        var n = baseSamples;
        var unit = new double[n * (k + 2)][];
        var point = new double[2 * k];
        for (var row = 0; row < n; row++)
        {
            sequence.Point(row, point);
            var a = point[..k];
            var b = point[k..];
            unit[row] = a;
            unit[n + row] = b;
            for (var i = 0; i < k; i++)
            {
                var ab = (double[])a.Clone();
                ab[i] = b[i];
                unit[(2 + i) * n + row] = ab;
            }
        }
        var values = unit.Select(u => space.ToValues(u)).ToArray();
        return new SaltelliDesign(space, n, seed, unit, values);
    }

    /// <summary>The matrix a run belongs to ("A", "B" or "AB:" and the parameter's name) and its row in it.</summary>
    public (string Matrix, int Row) Describe(int run)
    {
        if (run < 0 || run >= RunCount) throw new ArgumentOutOfRangeException(nameof(run), run, $"the design has runs 0 to {RunCount - 1}");
        var block = run / BaseSamples;
        var matrix = block switch { 0 => "A", 1 => "B", _ => "AB:" + Space[block - 2].Name };
        return (matrix, run % BaseSamples);
    }

    internal int IndexA(int row) => row;

    internal int IndexB(int row) => BaseSamples + row;

    internal int IndexAB(int parameter, int row) => (2 + parameter) * BaseSamples + row;
}

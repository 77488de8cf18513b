using AdoptionSim.Analysis.Sampling;

namespace AdoptionSim.Analysis.Sensitivity;

/// <summary>
/// Estimators of Sobol' indices from a Saltelli design's outputs f(A), f(B), f(A_B^(i)), rows j = 1 … N:
/// <list type="bullet">
/// <item>first order (Saltelli et al. 2010, Table 2 (b)): S_i = (1/N) Σ_j f(B)_j (f(A_B^(i))_j − f(A)_j) / V;</item>
/// <item>total (Jansen 1999; Saltelli et al. 2010, Table 2 (f)): ST_i = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V;</item>
/// </list>
/// with V the variance of the 2N outputs of A and B (M. J. W. Jansen, "Analysis of variance designs for model
/// output", Comput. Phys. Commun. 117 (1999) 35–43). Confidence intervals bootstrap the N rows (a row carries its
/// A, B and A_B^(i) runs together). Because the Sobol' points are more even than random ones, the bootstrap, which
/// assumes independent rows, tends to overstate the error: the intervals are conservative.
/// </summary>
public static class SobolIndices
{
    /// <param name="design">The design the outputs were computed on.</param>
    /// <param name="outputs">One model output per run, in the design's run order.</param>
    /// <param name="bootstrap">Resamples, level and seed of the intervals (default: 1000, 95%, seed 0).</param>
    /// <returns>The indices; NaN throughout if the output does not vary.</returns>
    public static SobolResult Estimate(SaltelliDesign design, IReadOnlyList<double> outputs, BootstrapOptions? bootstrap = null)
    {
        bootstrap ??= new BootstrapOptions();
        var y = Outputs.Check(outputs, design.RunCount);
        var n = design.BaseSamples;
        var k = design.Space.Count;
        var fA = new double[n];
        var fB = new double[n];
        var fAB = new double[k][];
        for (var j = 0; j < n; j++)
        {
            fA[j] = y[design.IndexA(j)];
            fB[j] = y[design.IndexB(j)];
        }
        for (var i = 0; i < k; i++)
        {
            fAB[i] = new double[n];
            for (var j = 0; j < n; j++) fAB[i][j] = y[design.IndexAB(i, j)];
        }
        var all = Enumerable.Range(0, n).ToArray();
        var (mean, variance) = MeanAndVariance(fA, fB, all);
        var estimates = Indices(fA, fB, fAB, all);
        var intervals = variance > 0
            ? Bootstrap.Percentile(n, 2 * k, rows => Indices(fA, fB, fAB, rows), bootstrap)
            : Enumerable.Repeat(new Interval(double.NaN, double.NaN), 2 * k).ToArray();
        var indices = Enumerable.Range(0, k)
            .Select(i => new SobolIndex(design.Space[i].Name, estimates[i], intervals[i], estimates[k + i], intervals[k + i]))
            .ToArray();
        return new SobolResult(indices, mean, variance, n, bootstrap);
    }

    /// <summary>S_1 … S_k then ST_1 … ST_k over the given rows (NaN if V is 0).</summary>
    private static double[] Indices(double[] fA, double[] fB, double[][] fAB, int[] rows)
    {
        var k = fAB.Length;
        var (_, variance) = MeanAndVariance(fA, fB, rows);
        var result = new double[2 * k];
        for (var i = 0; i < k; i++)
        {
            double first = 0, total = 0;
            foreach (var j in rows)
            {
                var change = fAB[i][j] - fA[j];
                first += fB[j] * change;
                total += change * change;
            }
            result[i] = variance > 0 ? first / rows.Length / variance : double.NaN;
            result[k + i] = variance > 0 ? total / (2.0 * rows.Length) / variance : double.NaN;
        }
        return result;
    }

    /// <summary>Mean and (population) variance of f(A) and f(B) together over the rows, by a shifted two-pass sum.</summary>
    private static (double Mean, double Variance) MeanAndVariance(double[] fA, double[] fB, int[] rows)
    {
        var sum = 0.0;
        foreach (var j in rows) sum += fA[j] + fB[j];
        var mean = sum / (2.0 * rows.Length);
        var squares = 0.0;
        foreach (var j in rows) squares += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        return (mean, squares / (2.0 * rows.Length));
    }
}

using MathNet.Numerics.LinearRegression;

namespace AdoptionSim.Model.Measures;

/// <summary>
/// Absolute β-convergence across cities (Barro and Sala-i-Martin 1992, "Convergence", JPE 100(2)):
/// the cross-section regression (1/T) ln(x_T,i / x_0,i) = a + b ln x_0,i + ε_i, estimated by OLS
/// (MathNet.Numerics), plus σ at the start and end. Unweighted: each city is one observation, as in that literature.
/// </summary>
public static class BetaConvergence
{
    /// <summary>
    /// Fits the β-convergence regression.
    /// <para>In the neoclassical approximation x converges at rate λ, so b = −(1 − e^{−λT})/T and hence
    /// λ = −ln(1 + bT)/T and half-life = ln 2 / λ.</para>
    /// <para>Undefined cases (NaN, documented on <see cref="BetaConvergenceResult"/>): fewer than 2 usable cities,
    /// or all initial levels equal, make slope, intercept and everything derived NaN; n = 2 fits exactly, so
    /// the standard error (n − 2 degrees of freedom) is NaN; 1 + bT ≤ 0 makes λ NaN; λ ≤ 0 (divergence or
    /// no change) makes the half-life NaN. σ at start and end are defined for n ≥ 1.</para>
    /// </summary>
    /// <param name="initial">x_0 per city.</param>
    /// <param name="final">x_T per city, same order.</param>
    /// <param name="periods">T &gt; 0, in the unit λ and the half-life are wanted in (ticks, or years).</param>
    /// <exception cref="ArgumentException">Lengths differ or T is not positive and finite.</exception>
    public static BetaConvergenceResult Estimate(ReadOnlySpan<double> initial, ReadOnlySpan<double> final, double periods)
    {
        if (initial.Length != final.Length)
            throw new ArgumentException($"final has {final.Length} entries but initial has {initial.Length}", nameof(final));
        if (!(periods > 0) || !double.IsFinite(periods))
            throw new ArgumentOutOfRangeException(nameof(periods), periods, "T must be positive and finite");

        // Called once per run, so plain arrays (which MathNet's regression takes) are fine here.
        var logStart = new List<double>(initial.Length);
        var logEnd = new List<double>(initial.Length);
        for (var i = 0; i < initial.Length; i++)
        {
            if (!(initial[i] > 0) || !(final[i] > 0) || !double.IsFinite(initial[i]) || !double.IsFinite(final[i])) continue;
            logStart.Add(Math.Log(initial[i]));
            logEnd.Add(Math.Log(final[i]));
        }
        var n = logStart.Count;
        var excluded = initial.Length - n;
        var sigmaStart = PopulationSd(logStart);
        var sigmaEnd = PopulationSd(logEnd);

        var x = logStart.ToArray();
        var y = new double[n];
        for (var i = 0; i < n; i++) y[i] = (logEnd[i] - logStart[i]) / periods;

        if (n < 2 || AllEqual(x))
            return new BetaConvergenceResult(double.NaN, double.NaN, double.NaN, double.NaN, n, excluded, double.NaN, double.NaN, sigmaStart, sigmaEnd);

        var (intercept, slope) = SimpleRegression.Fit(x, y);

        double residualSquares = 0;
        for (var i = 0; i < n; i++)
        {
            var r = y[i] - (intercept + slope * x[i]);
            residualSquares += r * r;
        }
        var totalSquares = SumOfSquares(y);
        var rSquared = totalSquares > 0 ? 1 - residualSquares / totalSquares : double.NaN;
        var standardError = n > 2 ? Math.Sqrt(residualSquares / (n - 2) / SumOfSquares(x)) : double.NaN;

        var speed = SpeedOfConvergence(slope, periods);
        var halfLife = speed > 0 ? Math.Log(2) / speed : double.NaN;
        return new BetaConvergenceResult(slope, standardError, intercept, rSquared, n, excluded, speed, halfLife, sigmaStart, sigmaEnd);
    }

    /// <summary>λ = −ln(1 + bT)/T; NaN when 1 + bT ≤ 0 (the log is undefined: overshooting, not convergence at a rate).</summary>
    public static double SpeedOfConvergence(double slope, double periods)
    {
        var g = 1 + slope * periods;
        return g > 0 ? -Math.Log(g) / periods : double.NaN;
    }

    /// <summary>Σ (v − mean)², two-pass.</summary>
    private static double SumOfSquares(IReadOnlyList<double> v)
    {
        if (v.Count == 0) return 0;
        double sum = 0;
        foreach (var a in v) sum += a;
        var mean = sum / v.Count;
        double squares = 0;
        foreach (var a in v) squares += (a - mean) * (a - mean);
        return squares;
    }

    /// <summary>σ as in σ-convergence: divisor N. NaN for no cities; exactly 0 when all levels are equal.</summary>
    private static double PopulationSd(List<double> v) =>
        v.Count == 0 ? double.NaN : AllEqual(v) ? 0.0 : Math.Sqrt(SumOfSquares(v) / v.Count);

    /// <summary>Exact test, not via a variance that rounding can leave slightly above 0.</summary>
    private static bool AllEqual(IReadOnlyList<double> v)
    {
        for (var i = 1; i < v.Count; i++)
            if (v[i] != v[0]) return false;
        return true;
    }
}

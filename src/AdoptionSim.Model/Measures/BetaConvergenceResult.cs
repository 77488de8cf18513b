namespace AdoptionSim.Model.Measures;

/// <summary>
/// β- and σ-convergence over one run: the OLS fit of g_i = (ln x_T,i − ln x_0,i)/T on ln x_0,i across cities,
/// g = Intercept + Slope · ln x_0. Formulas and undefined cases on <see cref="BetaConvergence.Estimate"/>.
/// </summary>
/// <param name="Slope">b: negative means initially lower cities grew faster (β-convergence); positive means divergence.</param>
/// <param name="SlopeStandardError">Conventional OLS standard error of b, sqrt(SSR/(n−2) / Σ(ln x_0 − mean)²); NaN when n &lt; 3.</param>
/// <param name="Intercept">a.</param>
/// <param name="RSquared">1 − SSR/SST; NaN when growth does not vary (SST = 0).</param>
/// <param name="N">Cities in the regression (both levels finite and strictly positive).</param>
/// <param name="Excluded">Cities left out because a level was ≤ 0 or not finite.</param>
/// <param name="Speed">λ = −ln(1 + bT)/T, per unit of T (Barro and Sala-i-Martin 1992); NaN when 1 + bT ≤ 0.</param>
/// <param name="HalfLife">ln 2 / λ, in units of T: the time to close half the gap to the common steady state; NaN unless λ &gt; 0.</param>
/// <param name="SigmaStart">Unweighted SD of ln x_0 (divisor N) over the same cities.</param>
/// <param name="SigmaEnd">Unweighted SD of ln x_T (divisor N) over the same cities.</param>
public readonly record struct BetaConvergenceResult(
    double Slope,
    double SlopeStandardError,
    double Intercept,
    double RSquared,
    int N,
    int Excluded,
    double Speed,
    double HalfLife,
    double SigmaStart,
    double SigmaEnd);

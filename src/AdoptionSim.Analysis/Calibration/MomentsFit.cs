namespace AdoptionSim.Analysis.Calibration;

/// <summary>
/// A parameter's point estimate, its confidence interval (in model values, within the bounds) and its standard
/// error in unit coordinates (multiply by upper − lower for a linear parameter's standard error in model units;
/// +∞ when the data do not identify it).
/// </summary>
public readonly record struct ParameterEstimate(string Parameter, double Value, Interval Interval, double StandardErrorUnit);

/// <summary>Where the covariance Ω of the observed moments came from.</summary>
public enum MomentCovarianceSource
{
    /// <summary>diag(se²) from the observed standard errors (every moment had one).</summary>
    ObservedStandardErrors,

    /// <summary>The covariance of the statistics of runs at the estimate (some moment had no standard error).</summary>
    SimulatedReplicates,
}

/// <summary>The result of <see cref="MethodOfMoments.Fit"/>.</summary>
/// <param name="Estimates">One per parameter, in the space's order.</param>
/// <param name="Objective">Q at the estimate: Σ_k w_k (m̄_k − o_k)², m̄ the mean over the R replicates.</param>
/// <param name="SimulatedMoments">m̄ at the estimate, in the order of the observed moments (for a fitted-vs-observed figure).</param>
/// <param name="Covariance">Asymptotic covariance of the estimate in unit coordinates (k × k; +∞ on the diagonal where not identified).</param>
/// <param name="CovarianceSource">How Ω was obtained.</param>
/// <param name="Identified">False when G'WG was singular: the data do not pin down every parameter, and the intervals are the whole ranges.</param>
/// <param name="Converged">Whether the last Nelder–Mead search met its tolerance within the budget.</param>
/// <param name="Evaluations">Objective evaluations (distinct parameter points), inference included.</param>
/// <param name="Simulations">Model runs made.</param>
/// <param name="Seeds">The R common replicate seeds.</param>
public sealed record MomentsFit(
    IReadOnlyList<ParameterEstimate> Estimates,
    double Objective,
    IReadOnlyList<double> SimulatedMoments,
    double[][] Covariance,
    MomentCovarianceSource CovarianceSource,
    bool Identified,
    bool Converged,
    int Evaluations,
    int Simulations,
    IReadOnlyList<long> Seeds);

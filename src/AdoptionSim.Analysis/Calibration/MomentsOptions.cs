namespace AdoptionSim.Analysis.Calibration;

/// <summary>Settings of a simulated-method-of-moments fit (<see cref="MethodOfMoments"/>).</summary>
public sealed record MomentsOptions
{
    /// <summary>R, the runs averaged at every parameter point, with the same R seeds at every point (default 10, at least 2).</summary>
    public int Replications { get; init; } = 10;

    /// <summary>Seed of the replicate seeds and of the screening design.</summary>
    public ulong Seed { get; init; }

    /// <summary>
    /// Points of a Sobol' design evaluated first, as one batch; the optimiser starts from the best of them and
    /// <see cref="Start"/> (default 16; 0 to start from <see cref="Start"/> or the centre of the ranges).
    /// </summary>
    public int ScreeningPoints { get; init; } = 16;

    /// <summary>An optional starting point in model values, one per parameter.</summary>
    public IReadOnlyList<double>? Start { get; init; }

    /// <summary>Budget of objective evaluations for the Nelder–Mead search, restarts included (default 400).</summary>
    public int MaxEvaluations { get; init; } = 400;

    /// <summary>Nelder–Mead stops when the relative range of the objective over the simplex is below this (default 1e-6).</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>Restarts of Nelder–Mead from its own minimum with a fresh simplex, against premature collapse (default 2).</summary>
    public int Restarts { get; init; } = 2;

    /// <summary>
    /// Step h of the central differences for the Jacobian, in unit coordinates (default 0.01, i.e. 1% of each range;
    /// larger for models whose statistics change in steps, such as agent counts).
    /// </summary>
    public double JacobianStep { get; init; } = 0.01;

    /// <summary>
    /// Runs at the estimate from which Ω, the covariance of the statistics, is estimated when some observed moment
    /// has no standard error (default 100: the R replicates and more seeds of the same stream). A covariance from
    /// R = 10 runs alone would make the intervals' width itself uncertain by about ±25%.
    /// </summary>
    public int CovarianceReplications { get; init; } = 100;

    /// <summary>Confidence level of the intervals (default 0.95).</summary>
    public double Level { get; init; } = 0.95;

    internal void Check(ParameterSpace space)
    {
        if (Replications < 2) throw new ArgumentOutOfRangeException(nameof(Replications), Replications, "expected at least 2 replications");
        if (ScreeningPoints < 0) throw new ArgumentOutOfRangeException(nameof(ScreeningPoints), ScreeningPoints, "expected 0 or more screening points");
        if (MaxEvaluations < space.Count + 2) throw new ArgumentOutOfRangeException(nameof(MaxEvaluations), MaxEvaluations, $"expected at least {space.Count + 2} evaluations");
        if (!(Tolerance > 0)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "expected a positive tolerance");
        if (Restarts < 0) throw new ArgumentOutOfRangeException(nameof(Restarts), Restarts, "expected 0 or more restarts");
        if (!(JacobianStep > 0 && JacobianStep <= 0.25)) throw new ArgumentOutOfRangeException(nameof(JacobianStep), JacobianStep, "expected a step in (0, 0.25]");
        if (CovarianceReplications < 2) throw new ArgumentOutOfRangeException(nameof(CovarianceReplications), CovarianceReplications, "expected at least 2 runs for the covariance");
        if (!(Level > 0 && Level < 1)) throw new ArgumentOutOfRangeException(nameof(Level), Level, "expected a confidence level in (0, 1)");
        if (Start is { } start && start.Count != space.Count)
            throw new ArgumentException($"expected a start value for each of the {space.Count} parameters, got {start.Count}", nameof(Start));
    }
}

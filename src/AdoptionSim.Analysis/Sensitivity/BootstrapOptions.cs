namespace AdoptionSim.Analysis.Sensitivity;

/// <summary>
/// How confidence intervals of sensitivity measures are bootstrapped: resample the design's independent units
/// (rows of a Saltelli design, trajectories of a Morris design) with replacement, recompute, take percentiles.
/// </summary>
public sealed record BootstrapOptions
{
    /// <summary>Number of resamples (default 1000).</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>Confidence level of the percentile interval (default 0.95).</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Seed of the resampling.</summary>
    public ulong Seed { get; init; }

    internal void Check()
    {
        if (Resamples < 2) throw new ArgumentOutOfRangeException(nameof(Resamples), Resamples, "expected at least 2 bootstrap resamples");
        if (!(Level > 0 && Level < 1)) throw new ArgumentOutOfRangeException(nameof(Level), Level, "expected a confidence level in (0, 1)");
    }
}

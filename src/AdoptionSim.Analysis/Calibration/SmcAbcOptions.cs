namespace AdoptionSim.Analysis.Calibration;

/// <summary>Settings of ABC-SMC (<see cref="SmcAbc"/>).</summary>
public sealed record SmcAbcOptions
{
    /// <summary>N, particles per generation (default 500).</summary>
    public int Particles { get; init; } = 500;

    /// <summary>α: generation t's tolerance is the weighted α-quantile of generation t − 1's distances (default 0.5).</summary>
    public double Quantile { get; init; } = 0.5;

    /// <summary>Generations at most, the prior generation included (default 10).</summary>
    public int MaxGenerations { get; init; } = 10;

    /// <summary>Stop once a generation reaches this tolerance (default 0: never on this ground).</summary>
    public double TargetEpsilon { get; init; }

    /// <summary>Stop after a generation whose acceptance rate is below this (default 0.02): further shrinking buys little.</summary>
    public double MinAcceptanceRate { get; init; } = 0.02;

    /// <summary>Budget of model runs; a generation that would exceed it is abandoned and the previous one returned (default 1 000 000).</summary>
    public int MaxSimulations { get; init; } = 1_000_000;

    /// <summary>Runs per simulator call at the start of a generation (default 0: N). Later calls of a generation grow with its rejection rate.</summary>
    public int BatchSize { get; init; }

    /// <summary>Seed of the proposals and of the runs' seeds.</summary>
    public ulong Seed { get; init; }

    internal void Check()
    {
        if (Particles < 2) throw new ArgumentOutOfRangeException(nameof(Particles), Particles, "expected at least 2 particles");
        if (!(Quantile > 0 && Quantile < 1)) throw new ArgumentOutOfRangeException(nameof(Quantile), Quantile, "expected a quantile in (0, 1)");
        if (MaxGenerations < 1) throw new ArgumentOutOfRangeException(nameof(MaxGenerations), MaxGenerations, "expected at least 1 generation");
        if (!(TargetEpsilon >= 0)) throw new ArgumentOutOfRangeException(nameof(TargetEpsilon), TargetEpsilon, "expected a non-negative target tolerance");
        if (!(MinAcceptanceRate >= 0 && MinAcceptanceRate < 1)) throw new ArgumentOutOfRangeException(nameof(MinAcceptanceRate), MinAcceptanceRate, "expected a rate in [0, 1)");
        if (MaxSimulations < Particles) throw new ArgumentOutOfRangeException(nameof(MaxSimulations), MaxSimulations, "expected a budget of at least one run per particle");
        if (BatchSize < 0) throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "expected 0 (N) or a positive batch size");
    }
}

using AdoptionSim.IO.Studies;

namespace AdoptionSim.IO.Sensitivity;

/// <summary>One response whose sensitivity is estimated: an output at one tick, named <c>OUTPUT@tick=T</c>.</summary>
public sealed record SensitivityResponse(string Name, string Output, MeasureProbe Probe);

/// <summary>
/// A loaded sensitivity file: the shared setup (scenario, parameters, seed), the method and its design settings,
/// the responses, and how outputs are averaged and bootstrapped. <see cref="SensitivityLoader"/> makes it.
/// </summary>
public sealed class SensitivitySpec
{
    public required StudySetup Setup { get; init; }

    public required SensitivityMethod Method { get; init; }

    /// <summary>r (Morris).</summary>
    public required int Trajectories { get; init; }

    /// <summary>p (Morris).</summary>
    public required int Levels { get; init; }

    /// <summary>M, candidate trajectories for spread (Morris; 0 for none).</summary>
    public required int Candidates { get; init; }

    /// <summary>N (Sobol').</summary>
    public required int BaseSamples { get; init; }

    /// <summary>Every (output, tick), in the file's order.</summary>
    public required IReadOnlyList<SensitivityResponse> Responses { get; init; }

    public required int Replications { get; init; }

    public required int BootstrapResamples { get; init; }

    /// <summary>Design points: r(k + 1) for Morris, N(k + 2) for Sobol'.</summary>
    public int DesignPoints => Method == SensitivityMethod.Morris
        ? Trajectories * (Setup.Space.Count + 1)
        : BaseSamples * (Setup.Space.Count + 2);

    /// <summary>Model runs: design points × replications.</summary>
    public long RunCount => (long)DesignPoints * Replications;
}

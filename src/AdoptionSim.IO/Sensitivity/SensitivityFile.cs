using AdoptionSim.IO.Studies;

namespace AdoptionSim.IO.Sensitivity;

/// <summary>Which global sensitivity method a file asks for.</summary>
public enum SensitivityMethod
{
    /// <summary>Morris's elementary effects (μ, μ*, σ): screening, r(k + 1) runs.</summary>
    Morris,

    /// <summary>Sobol' first-order and total indices from a Saltelli design: N(k + 2) runs.</summary>
    Sobol,
}

/// <summary>A sensitivity file as written, bound through <see cref="SensitivitySchema.Root"/>.</summary>
internal sealed class SensitivityFile : StudyFile
{
    public SensitivityMethod Method { get; set; } = SensitivityMethod.Morris;

    public MorrisSettings Morris { get; set; } = new();

    public SobolSettings Sobol { get; set; } = new();

    public List<OutputFile> Outputs { get; set; } = [];

    public int Replications { get; set; } = 1;

    public int BootstrapResamples { get; set; } = 1000;
}

/// <summary>The settings of a Morris design.</summary>
internal sealed class MorrisSettings
{
    public int Trajectories { get; set; } = 10;

    public int Levels { get; set; } = 4;

    public int Candidates { get; set; }
}

/// <summary>The settings of a Saltelli design.</summary>
internal sealed class SobolSettings
{
    public int BaseSamples { get; set; } = 64;
}

/// <summary>One output measure as written: what is measured, at which ticks, optionally as a change since a tick.</summary>
internal sealed class OutputFile
{
    public string Name { get; set; } = "";

    public string Measure { get; set; } = "";

    public List<int> AtTicks { get; set; } = [];

    public int? ChangeFrom { get; set; }
}

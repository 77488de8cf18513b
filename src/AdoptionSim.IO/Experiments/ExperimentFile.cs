
using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// An experiment file as written, bound through <see cref="ExperimentSchema.Root"/>; every property starts
/// at its default. The loader checks it and expands it into an <see cref="ExperimentSpec"/>.
/// </summary>
internal sealed class ExperimentFile
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public List<ArmFile> Arms { get; set; } = [];

    /// <summary>The grid mapping as written (scenario key paths to values or ranges); null when there is none.</summary>
    public DocNode? Grid { get; set; }

    public int Replications { get; set; } = ExperimentSchema.DefaultReplications;

    public long MasterSeed { get; set; } = 1;

    public int? Ticks { get; set; }

    public int ThreadsPerRun { get; set; } = 1;

    public bool WriteEvents { get; set; }

    public bool KeepFirms { get; set; }

    public List<ClaimFile> Claims { get; set; } = [];
}

/// <summary>One arm as written.</summary>
internal sealed class ArmFile
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>The scenario path as written, relative to the experiment file.</summary>
    public string Scenario { get; set; } = "";

    public bool Baseline { get; set; }

    /// <summary>The <c>set:</c> mapping as written (scenario key paths to values); null when there is none.</summary>
    public DocNode? Set { get; set; }
}

/// <summary>A range of grid values as written: <c>{from: 0.1, to: 0.5, step: 0.1}</c>; all three keys are required.</summary>
internal sealed class GridRangeFile
{
    public double From { get; set; }

    public double To { get; set; }

    public double Step { get; set; }
}

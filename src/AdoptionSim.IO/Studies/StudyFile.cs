using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.IO.Studies;

/// <summary>How a parameter's range is sampled (<see cref="Analysis.ParameterScale"/>).</summary>
public enum ScaleName
{
    /// <summary>Uniform on [lower, upper].</summary>
    Linear,

    /// <summary>Log-uniform on [lower, upper], lower &gt; 0: for rates spanning orders of magnitude.</summary>
    Log,

    /// <summary>Uniform over the integers lower, …, upper (the only scale an integer key accepts).</summary>
    Integer,
}

/// <summary>
/// What calibration and sensitivity files share, as written: the scenario and its overrides, the parameters to
/// vary with their ranges, and how runs are made. Each file's own class adds its method and outputs; the keys are
/// declared once in <see cref="StudySchema"/>.
/// </summary>
internal abstract class StudyFile
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>The scenario path as written, relative to the file.</summary>
    public string Scenario { get; set; } = "";

    /// <summary>The <c>set:</c> mapping as written (scenario key paths to values); null when there is none.</summary>
    public DocNode? Set { get; set; }

    public List<ParameterFile> Parameters { get; set; } = [];

    public long Seed { get; set; } = 1;

    public int? Ticks { get; set; }

    public int ThreadsPerRun { get; set; } = 1;
}

/// <summary>One parameter as written: a scenario key, its range and how the range is sampled.</summary>
internal sealed class ParameterFile
{
    public string Key { get; set; } = "";

    public double? Lower { get; set; }

    public double? Upper { get; set; }

    public ScaleName Scale { get; set; } = ScaleName.Linear;
}

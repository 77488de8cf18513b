using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.IO.Studies;

/// <summary>A calibration or sensitivity file (or its observed data) that cannot be used, with every problem found.</summary>
public sealed class StudyFileException(string kind, IReadOnlyList<ScenarioError> errors)
    : Exception($"The {kind} file has {errors.Count} error{(errors.Count == 1 ? "" : "s")}:{Environment.NewLine}" + string.Join(Environment.NewLine, errors))
{
    /// <summary>"calibration" or "sensitivity".</summary>
    public string Kind { get; } = kind;

    public IReadOnlyList<ScenarioError> Errors { get; } = errors;
}

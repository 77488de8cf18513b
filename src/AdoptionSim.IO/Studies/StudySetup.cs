using System.Globalization;
using AdoptionSim.Analysis;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Studies;

/// <summary>
/// The resolved common part of a calibration or sensitivity file: its identity (name, file and SHA-256, the
/// <c>--set</c> overrides), the scenario with its <c>set:</c> overrides, the parameters as a
/// <see cref="ParameterSpace"/>, and how runs are made. <see cref="ScenarioAt"/> gives the scenario at a point
/// of the parameter space; every value is applied as a scenario override written in the file, so an error in
/// it names the file, line and column of the parameter.
/// </summary>
public sealed class StudySetup
{
    /// <summary>"calibration" or "sensitivity".</summary>
    public required string Kind { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>The file as given.</summary>
    public required string FilePath { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the file's bytes.</summary>
    public required string FileSha256 { get; init; }

    /// <summary>The <c>--set</c> overrides applied to the file.</summary>
    public required IReadOnlyList<string> Overrides { get; init; }

    /// <summary>The scenario path as written in the file (relative to it).</summary>
    public required string Scenario { get; init; }

    /// <summary>The scenario path as errors show it.</summary>
    public required string ScenarioShown { get; init; }

    /// <summary>The file's <c>set:</c> overrides as written: key path → YAML text of the value.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Set { get; init; }

    /// <summary>The parameters, in the file's order.</summary>
    public required ParameterSpace Space { get; init; }

    public required long Seed { get; init; }

    /// <summary>Ticks of every run, or null for the scenario's own.</summary>
    public required int? Ticks { get; init; }

    public required int ThreadsPerRun { get; init; }

    /// <summary>The scenario with the file's <c>set:</c> and <c>ticks</c>, before any parameter value (for its cities, ticks and tick length).</summary>
    public required ScenarioSpec BaseScenario { get; init; }

    internal IReadOnlyList<SetOverrides.NodeOverride> SetNodes { get; init; } = [];

    /// <summary>Where each parameter's key was written, in order.</summary>
    internal IReadOnlyList<SourceLocation> KeyLocations { get; init; } = [];

    /// <summary>Whether each parameter's scenario key takes integers (its values are then written as integers).</summary>
    internal IReadOnlyList<bool> IntegerKeys { get; init; } = [];

    /// <summary>The scenario with every parameter at <paramref name="values"/> (model values, in the space's order).</summary>
    /// <exception cref="ScenarioException">The values make an invalid scenario; errors point at the parameters' keys.</exception>
    public ScenarioSpec ScenarioAt(IReadOnlyList<double> values)
    {
        var nodes = Enumerable.Range(0, Space.Count).Select(i => new SetOverrides.NodeOverride(
            Space[i].Name, KeyLocations[i], new DocScalar(KeyLocations[i], ValueText(values[i], IntegerKeys[i]), false)));
        return Load(ScenarioShown, SetNodes.Concat(nodes).ToList(), Ticks);
    }

    /// <summary>A parameter value as the scenario override writes it: shortest round-trip text, or a whole number for an integer key.</summary>
    public static string ValueText(double value, bool integer) =>
        integer ? ((long)Math.Round(value)).ToString(CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);

    internal static ScenarioSpec Load(string scenarioShown, IReadOnlyList<SetOverrides.NodeOverride> overrides, int? ticks)
    {
        var scenario = ScenarioLoader.Load(scenarioShown, overrides, null);
        if (ticks is { } t) scenario.Ticks = t;
        return scenario;
    }
}

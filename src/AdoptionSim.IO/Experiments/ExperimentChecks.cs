using System.Text.RegularExpressions;
using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// The checks of an experiment file that span keys, made once after binding: folder-safe names, at least one
/// arm, unique arm names, at most one baseline, scenario files that exist, a bounded number of runs. Each
/// error is located where the file wrote the key, or at the nearest written parent when it did not. A key
/// that already failed to bind is not checked again.
/// </summary>
internal static partial class ExperimentChecks
{
    public static void Check(ExperimentFile experiment, string file, IReadOnlyList<GridAxis> grid, ErrorList errors, LocationIndex locations)
    {
        var at = new Locator(experiment, locations);
        var name = NameOf(experiment, file);
        if (!errors.HasErrorAt("name") && name.Length > MaxNameLength)
        {
            at.Add(errors, experiment, "name", $"an experiment name is used as a folder name: at most {MaxNameLength} characters, got {name.Length}");
        }
        else if (!errors.HasErrorAt("name") && !FolderName().IsMatch(name))
        {
            at.Add(errors, experiment, "name", $"an experiment name is used as a folder name: letters, digits, '_', '-', '.' or '+', starting with a letter or digit; got '{ShownText.Value(name)}'");
        }

        if (experiment.Arms.Count == 0 && !errors.HasErrorAt("arms"))
        {
            at.Add(errors, experiment, "arms", "an experiment needs at least one arm: arms: [{name: …, scenario: …}]");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        string? baselineAt = null;
        for (var i = 0; i < experiment.Arms.Count; i++)
        {
            var arm = experiment.Arms[i];
            var path = $"arms[{i}]";
            if (!errors.HasErrorAt($"{path}.name") && NameProblem(arm, names) is { } nameProblem)
            {
                at.Add(errors, arm, "name", nameProblem);
            }

            if (!errors.HasErrorAt($"{path}.scenario") && ScenarioProblem(arm, file) is { } scenarioProblem)
            {
                at.Add(errors, arm, "scenario", scenarioProblem);
            }

            if (arm.Baseline && baselineAt is not null)
            {
                at.Add(errors, arm, "baseline", $"only one arm can be the baseline ({baselineAt} already is)");
            }
            else if (arm.Baseline)
            {
                baselineAt = arm.Name.Length > 0 ? arm.Name : path;
            }
        }

        CheckClaims(experiment, names, errors, at);
        var points = GridExpansion.PointCount(grid.Select(axis => axis.Values.Count));
        if (experiment.Arms.Count * points * experiment.Replications > ExperimentSchema.MaxRuns)
        {
            at.Add(errors, experiment, "grid",
                $"{experiment.Arms.Count} arm(s) × {points} grid point(s) × {experiment.Replications} replication(s) is more than {ExperimentSchema.MaxRuns:N0} runs");
        }
    }

    /// <summary>Why an arm's name cannot be used, or null; a good name is added to <paramref name="names"/>.</summary>
    private static string? NameProblem(ArmFile arm, HashSet<string> names) =>
        arm.Name.Length == 0 ? "every arm needs a name"
        : arm.Name.Length > MaxNameLength ? $"an arm name is used as a folder name (arm=NAME): at most {MaxNameLength} characters, got {arm.Name.Length}"
        : !FolderName().IsMatch(arm.Name) ? $"an arm name is used as a folder name (arm=NAME): letters, digits, '_', '-', '.' or '+', starting with a letter or digit; got '{arm.Name}'"
        : !names.Add(arm.Name) ? $"two arms are named '{arm.Name}'"
        : null;

    private static string? ScenarioProblem(ArmFile arm, string file) =>
        arm.Scenario.Length == 0 ? "every arm needs a scenario file (relative to the experiment file)"
        : InputFile.PathProblem(arm.Scenario) is { } pathProblem ? pathProblem
        : !File.Exists(ScenarioFullPath(file, arm.Scenario)) ? $"file not found: {ScenarioFiles.Shown(file, arm.Scenario)}"
        : null;

    /// <summary>The experiment's name: as written, else the file name without extension.</summary>
    public static string NameOf(ExperimentFile experiment, string file) =>
        experiment.Name.Length > 0 ? experiment.Name : Path.GetFileNameWithoutExtension(file);

    /// <summary>The full path of an arm's scenario file, written relative to the experiment file.</summary>
    public static string ScenarioFullPath(string file, string scenario) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? "", scenario));

    /// <summary>Longest experiment or arm name: folder names hold 255 bytes, and a run's staging folder adds its own suffix.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Names become folder names (<c>arm=NAME</c>, the output folder): letters, digits, '_', '-', '.', '+'.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.+\-]*$")]
    private static partial Regex FolderName();

    private readonly record struct Locator(ExperimentFile Root, LocationIndex Locations)
    {
        public void Add(ErrorList errors, object owner, string key, string message)
        {
            var (path, at) = Locations.Resolve(ExperimentSchema.Root, Root, owner, key);
            errors.Add(at, path, message);
        }
    }
}

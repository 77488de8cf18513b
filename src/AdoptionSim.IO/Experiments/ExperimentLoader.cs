using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// Loads an experiment file (YAML): applies <c>--set</c> overrides to it, binds it through
/// <see cref="ExperimentSchema"/> with the scenario files' binder, checks it, expands the grid, then loads the
/// scenario of every (arm, grid point) so that a bad grid key or value is reported before anything runs.
/// Every problem is located as <c>file:line:col: field.path: message</c>; problems inside a scenario file
/// point there.
/// </summary>
public static class ExperimentLoader
{
    /// <exception cref="ExperimentException">The experiment or one of its scenarios has errors; all are listed.</exception>
    public static ExperimentSpec Load(string path, IReadOnlyList<string>? setOverrides = null)
    {
        var errors = new ErrorList();
        var (document, sha256) = ReadDocument(path, errors);
        if (setOverrides is { Count: > 0 })
        {
            SetOverrides.Apply(document, setOverrides, null, errors);
        }

        var (experiment, grid, arms) = Read(document, path, errors);
        if (errors.Any)
        {
            throw new ExperimentException(SchemaOrder.Sort(ExperimentSchema.Root, errors.Errors));
        }

        var points = GridExpansion.Points(grid);
        // The experiment's ticks reach each scenario as an override of its own, so the scenario's checks (ticks at
        // least 1, firms created by entry over the ticks) apply to them and point at the experiment file.
        var ticks = experiment.Ticks is not null && document.Find("ticks") is { } written
            ? new SetOverrides.NodeOverride("ticks", written.Key.Location, written.Value)
            : null;
        var scenarios = LoadScenarios(arms, grid, points, ticks, errors);
        return new ExperimentSpec
        {
            Name = ExperimentChecks.NameOf(experiment, path),
            Description = experiment.Description,
            FilePath = path,
            FileSha256 = sha256,
            Overrides = setOverrides?.ToList() ?? [],
            Arms = arms,
            BaselineArm = Math.Max(0, arms.FindIndex(a => a.Baseline)),
            Grid = grid,
            Points = points,
            Replications = experiment.Replications,
            MasterSeed = experiment.MasterSeed,
            Ticks = experiment.Ticks,
            ThreadsPerRun = experiment.ThreadsPerRun,
            WriteEvents = experiment.WriteEvents,
            KeepFirms = experiment.KeepFirms,
            Scenarios = scenarios,
            Claims = experiment.Claims.Select(Claim.From).ToList(),
        };
    }

    /// <summary>The document of the file and the SHA-256 of its bytes; throws when it cannot be read or is not a mapping.</summary>
    private static (DocMapping Document, string Sha256) ReadDocument(string path, ErrorList errors)
    {
        var (document, sha256) = YamlMappingFile.Read(path, "an experiment file", errors);
        return document is null ? throw new ExperimentException(errors.Errors.ToList()) : (document, sha256);
    }

    /// <summary>
    /// Binds and checks an experiment document (everything but the scenarios' own checks), adding what is wrong
    /// to <paramref name="errors"/>; the arms are complete only when nothing is.
    /// </summary>
    internal static (ExperimentFile Experiment, List<GridAxis> Grid, List<ExperimentArm> Arms) Read(DocMapping document, string path, ErrorList errors)
    {
        var experiment = ExperimentSchema.Root.Create();
        var locations = new LocationIndex(SourceLocation.StartOf(path));
        new ExperimentBinder(errors, locations).Bind(ExperimentSchema.Root, document, experiment, "");
        var grid = new GridReader(errors).Read(experiment.Grid);
        var arms = new List<ExperimentArm>();
        for (var i = 0; i < experiment.Arms.Count; i++)
        {
            var arm = experiment.Arms[i];
            var (set, overrides) = ArmOverrides.Read(arm.Set, $"arms[{i}]", errors);
            arms.Add(new ExperimentArm
            {
                Name = arm.Name,
                Description = arm.Description,
                Scenario = arm.Scenario,
                ScenarioShown = arm.Scenario.Length == 0 || InputFile.PathProblem(arm.Scenario) is not null ? "" : ScenarioFiles.Shown(path, arm.Scenario),
                Baseline = arm.Baseline,
                Set = set,
                Overrides = overrides,
            });
        }

        ExperimentChecks.Check(experiment, path, grid, errors, locations);
        return (experiment, grid, arms);
    }

    /// <summary>
    /// Loads the scenario of every (arm, point) with the arm's overrides, then the point's values; errors are
    /// gathered once each (the same bad key fails every point), in the order of the first (arm, point) they fail.
    /// </summary>
    private static ScenarioSpec[,] LoadScenarios(
        List<ExperimentArm> arms, List<GridAxis> grid, List<GridPoint> points, SetOverrides.NodeOverride? ticks, ErrorList errors)
    {
        var scenarios = new ScenarioSpec[arms.Count, points.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var a = 0; a < arms.Count; a++)
        {
            for (var p = 0; p < points.Count; p++)
            {
                var overrides = arms[a].Overrides.Concat(grid.Select((axis, i) =>
                    new SetOverrides.NodeOverride(axis.Key, axis.KeyAt, points[p].Values[i].Node))).ToList();
                if (ticks is not null)
                {
                    overrides.Add(ticks);
                }

                try
                {
                    scenarios[a, p] = ScenarioLoader.Load(arms[a].ScenarioShown, overrides, null);
                }
                catch (ScenarioException e)
                {
                    foreach (var error in e.Errors.Where(error => seen.Add(error.ToString())))
                    {
                        errors.Add(error.Location, error.FieldPath, error.Message);
                    }
                }
            }
        }

        if (errors.Any)
        {
            throw new ExperimentException(errors.Errors.ToList());
        }

        return scenarios;
    }
}

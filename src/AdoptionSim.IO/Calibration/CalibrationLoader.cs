using System.Security.Cryptography;
using AdoptionSim.Analysis.Calibration;
using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.IO.Studies;

namespace AdoptionSim.IO.Calibration;

/// <summary>
/// Loads a calibration file (YAML): <c>--set</c> overrides, binding through <see cref="CalibrationSchema"/>, the
/// shared checks of <see cref="StudyLoading"/>, the observed CSV (<see cref="ObservedCsvReader"/>, checked against
/// the scenario's cities and ticks), the distance and the method's settings. Every problem is located as
/// <c>file:line:col: field.path: message</c>, in the calibration file, its scenario or its CSV.
/// </summary>
public static class CalibrationLoader
{
    private const string Kind = "calibration";

    /// <exception cref="StudyFileException">The file, its scenario or its data have errors; all are listed.</exception>
    public static CalibrationSpec Load(string path, IReadOnlyList<string>? setOverrides = null)
    {
        var sets = setOverrides ?? [];
        var errors = new ErrorList();
        var schema = CalibrationSchema.Root;
        var (file, locations, sha256) = StudyLoading.Bind(path, sets, schema, Kind, errors);

        void Add(object owner, string key, string message)
        {
            var (fieldPath, at) = locations.Resolve(schema, file, owner, key);
            if (!errors.HasErrorAt(fieldPath)) errors.Add(at, fieldPath, message);
        }

        CheckMethod(file, locations, Add);
        var distance = ReadDistance(file, Add);
        var dataPath = file.Observed.File.Length == 0 ? null : ExperimentChecks.ScenarioFullPath(path, file.Observed.File);
        if (file.Observed.File.Length == 0) Add(file.Observed, "file", "a calibration needs observed data: observed: {file: data.csv}");
        else if (InputFile.PathProblem(file.Observed.File) is { } pathProblem) Add(file.Observed, "file", pathProblem);
        else if (InputFile.Problem(dataPath!) is { } problem) Add(file.Observed, "file", $"{ShownText.Value(ScenarioFiles.Shown(path, file.Observed.File))} {problem}");
        else if (!File.Exists(dataPath)) Add(file.Observed, "file", $"file not found: {ScenarioFiles.Shown(path, file.Observed.File)}");
        var setup = StudyLoading.Resolve(file, schema, path, sets, sha256, locations, errors, Kind);
        StudyLoading.ThrowIfAny(schema, errors, Kind);

        var scenario = setup!.BaseScenario;
        var reader = new ObservedCsvReader(errors, file.Observed.StartYear, scenario.Tick.Years, scenario.Ticks,
            scenario.Cities.Resolved.Select(c => c.Name).ToHashSet(StringComparer.Ordinal));
        // Read once through the input guard (bounded, regular files only); the rows and the hash come from these bytes.
        var data = InputFile.ReadBytes(dataPath!);
        var rows = reader.Read(data, ScenarioFiles.Shown(path, file.Observed.File));
        StudyLoading.ThrowIfAny(schema, errors, Kind);

        var weights = distance.Count == 0
            ? rows.Select(r => r.Probe.Measure.Text).Distinct().ToDictionary(m => m, _ => 1.0, StringComparer.Ordinal)
            : distance.ToDictionary(d => d.Term.Measure.Trim(), d => d.Term.Weight, StringComparer.Ordinal);
        foreach (var (term, _) in distance.Where(d => rows.All(r => r.Probe.Measure.Text != d.Term.Measure.Trim())))
            Add(term, "measure", $"the data have no rows of {term.Measure.Trim()}");
        var used = rows.Where(r => weights.ContainsKey(r.Probe.Measure.Text)).ToList();
        StudyLoading.ThrowIfAny(schema, errors, Kind);

        var seed = (ulong)setup.Seed;
        return new CalibrationSpec
        {
            Setup = setup,
            DataFile = file.Observed.File,
            DataSha256 = Convert.ToHexStringLower(SHA256.HashData(data)),
            StartYear = file.Observed.StartYear,
            Observations = used,
            Ignored = rows.Count - used.Count,
            Moments = new ObservedMoments(used.Select(o => new Moment(o.Probe.Name, o.Value, o.StandardError, weights[o.Probe.Measure.Text]))),
            Distance = distance.Select(d => (d.Measure, d.Term.Weight)).ToList(),
            Method = file.Method,
            Smm = new MomentsOptions
            {
                Replications = file.Smm.Replications,
                Seed = seed,
                ScreeningPoints = file.Smm.ScreeningPoints,
                MaxEvaluations = file.Smm.MaxEvaluations,
                Restarts = file.Smm.Restarts,
                JacobianStep = file.Smm.JacobianStep,
                CovarianceReplications = file.Smm.CovarianceReplications,
                Level = file.Smm.Level,
            },
            AbcRejection = new RejectionAbcOptions { Simulations = file.AbcRejection.Simulations, Accepted = file.AbcRejection.Accepted, Seed = seed },
            AbcSmc = new SmcAbcOptions
            {
                Particles = file.AbcSmc.Particles,
                Quantile = file.AbcSmc.Quantile,
                MaxGenerations = file.AbcSmc.MaxGenerations,
                MinAcceptanceRate = file.AbcSmc.MinAcceptanceRate,
                MaxSimulations = file.AbcSmc.MaxSimulations,
                TargetEpsilon = file.AbcSmc.TargetEpsilon,
                Seed = seed,
            },
        };
    }

    private static void CheckMethod(CalibrationFile file, LocationIndex locations, Action<object, string, string> add)
    {
        var own = file.Method switch { CalibrationMethod.AbcRejection => "abc_rejection", CalibrationMethod.AbcSmc => "abc_smc", _ => "smm" };
        foreach (var other in new[] { "smm", "abc_rejection", "abc_smc" }.Where(k => k != own && locations.TryGetPath(k, out _)))
            add(file, other, $"settings of {other} are given, but the method is {own.Replace('_', '-')}");
        if (file.AbcRejection.Accepted > file.AbcRejection.Simulations)
            add(file.AbcRejection, "accepted", $"cannot keep {file.AbcRejection.Accepted} of {file.AbcRejection.Simulations} simulations");
        if (file.AbcSmc.MaxSimulations < file.AbcSmc.Particles)
            add(file.AbcSmc, "max_simulations", $"the budget must allow at least one run per particle ({file.AbcSmc.Particles})");
        if (file.Smm.MaxEvaluations < file.Parameters.Count + 2)
            add(file.Smm, "max_evaluations", $"expected at least {file.Parameters.Count + 2} evaluations (parameters + 2)");
    }

    private static List<(DistanceTerm Term, StudyMeasure Measure)> ReadDistance(CalibrationFile file, Action<object, string, string> add)
    {
        var read = new List<(DistanceTerm, StudyMeasure)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in file.Distance)
        {
            if (term.Measure.Length == 0) add(term, "measure", "every distance term needs a measure, e.g. city_ticks.adoption_share");
            else if (!StudyMeasure.TryParse(term.Measure, out var measure, out var error)) add(term, "measure", error);
            else if (!seen.Add(measure.Text)) add(term, "measure", $"{measure} is listed twice");
            else read.Add((term, measure));
        }

        return read;
    }
}

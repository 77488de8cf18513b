using System.Text.RegularExpressions;
using AdoptionSim.Analysis.Sampling;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.IO.Studies;

namespace AdoptionSim.IO.Sensitivity;

/// <summary>
/// Loads a sensitivity file (YAML): <c>--set</c> overrides, binding through <see cref="SensitivitySchema"/>, the
/// shared checks of <see cref="StudyLoading"/>, then its own: the method's design settings, outputs that name
/// measures the runs write at ticks the runs reach, and a bounded number of runs. Every problem is located as
/// <c>file:line:col: field.path: message</c>.
/// </summary>
public static partial class SensitivityLoader
{
    private const string Kind = "sensitivity";

    /// <exception cref="StudyFileException">The file or its scenario has errors; all are listed.</exception>
    public static SensitivitySpec Load(string path, IReadOnlyList<string>? setOverrides = null)
    {
        var sets = setOverrides ?? [];
        var errors = new ErrorList();
        var schema = SensitivitySchema.Root;
        var (file, locations, sha256) = StudyLoading.Bind(path, sets, schema, Kind, errors);

        void Add(object owner, string key, string message)
        {
            var (fieldPath, at) = locations.Resolve(schema, file, owner, key);
            if (!errors.HasErrorAt(fieldPath)) errors.Add(at, fieldPath, message);
        }

        CheckMethod(file, locations, Add);
        var outputs = ReadOutputs(file, Add);
        var setup = StudyLoading.Resolve(file, schema, path, sets, sha256, locations, errors, Kind);
        StudyLoading.ThrowIfAny(schema, errors, Kind);

        var ticks = setup!.BaseScenario.Ticks;
        var responses = new List<SensitivityResponse>();
        foreach (var (output, measure, name) in outputs)
        {
            foreach (var tick in output.AtTicks.Where(t => t > ticks))
                Add(output, "at_ticks", $"tick {tick} is past the runs' end (tick {ticks})");
            if (output.ChangeFrom is { } from && output.AtTicks.Any(t => t <= from))
                Add(output, "change_from", $"the change is taken from tick {from}: every tick in at_ticks must come after it");
            responses.AddRange(output.AtTicks.Select(t => new SensitivityResponse($"{name}@tick={t}", name, new MeasureProbe(measure, t, null, output.ChangeFrom))));
        }

        if (setup.Space.Count > SaltelliDesign.MaxParameters && file.Method == SensitivityMethod.Sobol)
            Add(file, "parameters", $"a Sobol' design here supports at most {SaltelliDesign.MaxParameters} parameters, got {setup.Space.Count}");
        var spec = new SensitivitySpec
        {
            Setup = setup,
            Method = file.Method,
            Trajectories = file.Morris.Trajectories,
            Levels = file.Morris.Levels,
            Candidates = file.Morris.Candidates,
            BaseSamples = file.Sobol.BaseSamples,
            Responses = responses,
            Replications = file.Replications,
            BootstrapResamples = file.BootstrapResamples,
        };
        if (spec.RunCount > StudySchema.MaxRuns)
            Add(file, file.Method == SensitivityMethod.Morris ? "morris" : "sobol",
                $"{spec.DesignPoints:N0} design points × {spec.Replications} replication(s) is more than {StudySchema.MaxRuns:N0} runs");
        StudyLoading.ThrowIfAny(schema, errors, Kind);
        return spec;
    }

    private static void CheckMethod(SensitivityFile file, LocationIndex locations, Action<object, string, string> add)
    {
        if (file.Morris.Levels % 2 != 0) add(file.Morris, "levels", $"expected an even number of levels, got {file.Morris.Levels}");
        if (file.Morris.Candidates != 0 && file.Morris.Candidates < file.Morris.Trajectories)
            add(file.Morris, "candidates", $"expected 0 or at least as many candidates as trajectories ({file.Morris.Trajectories}), got {file.Morris.Candidates}");
        var other = file.Method == SensitivityMethod.Morris ? "sobol" : "morris";
        if (locations.TryGetPath(other, out _))
            add(file, other, $"settings of method {other} are given, but the method is {(file.Method == SensitivityMethod.Morris ? "morris" : "sobol")}");
    }

    private static List<(OutputFile Output, StudyMeasure Measure, string Name)> ReadOutputs(SensitivityFile file, Action<object, string, string> add)
    {
        var read = new List<(OutputFile, StudyMeasure, string)>();
        if (file.Outputs.Count == 0) add(file, "outputs", "expected at least one output: outputs: [{measure: gap_ticks.mean_productivity.sd_log, at_ticks: [60]}]");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var output in file.Outputs)
        {
            var name = output.Name.Length > 0 ? output.Name : output.Measure;
            if (output.Name.Length > 0 && !OutputName().IsMatch(output.Name))
                add(output, "name", $"an output name is letters, digits, '_', '-' or '.', starting with a letter; got '{output.Name}'");
            else if (name.Length > 0 && !names.Add(name)) add(output, "name", $"two outputs are named '{name}'");
            if (output.AtTicks.Count == 0) add(output, "at_ticks", "expected at least one tick, e.g. at_ticks: [60]");
            if (output.AtTicks.Distinct().Count() != output.AtTicks.Count) add(output, "at_ticks", "a tick is listed twice");
            if (output.Measure.Length == 0) add(output, "measure", "every output needs a measure, e.g. gap_ticks.mean_productivity.sd_log");
            else if (!StudyMeasure.TryParse(output.Measure, out var measure, out var error)) add(output, "measure", error);
            else if (!measure.HasNationalValue)
                add(output, "measure", $"{measure} has no national value (its column does not combine over cities): choose another");
            else read.Add((output, measure, name));
        }

        return read;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.\-]*$")]
    private static partial Regex OutputName();
}

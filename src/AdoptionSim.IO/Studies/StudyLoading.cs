using System.Text.RegularExpressions;
using AdoptionSim.Analysis;
using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Studies;

/// <summary>
/// Loading what calibration and sensitivity files share: read the YAML, apply <c>--set</c>, bind through the
/// file's schema with the experiment files' binder, then check the shared keys (a folder-safe name, a scenario
/// that exists and loads with the file's <c>set:</c>, parameters that are numeric scenario keys with ranges the
/// scenario accepts at both ends) and resolve them into a <see cref="StudySetup"/>. Every error is located as
/// <c>file:line:col: field.path: message</c>, in the file or in the scenario file it names.
/// </summary>
internal static partial class StudyLoading
{
    /// <summary>The bound file; throws <see cref="StudyFileException"/> when the file cannot be read as a YAML mapping.</summary>
    public static (T File, LocationIndex Locations, string Sha256) Bind<T>(string path, IReadOnlyList<string> sets, ObjectSchema<T> schema, string kind, ErrorList errors)
        where T : StudyFile
    {
        var (document, sha256) = YamlMappingFile.Read(path, $"a {kind} file", errors);
        if (document is null) throw new StudyFileException(kind, errors.Errors.ToList());
        if (sets.Count > 0) SetOverrides.Apply(document, sets, null, errors);
        var file = schema.Create();
        var locations = new LocationIndex(SourceLocation.StartOf(path));
        new ExperimentBinder(errors, locations).Bind(schema, document, file, "");
        return (file, locations, sha256);
    }

    /// <summary>Throws the file's errors, in the order of its schema, if there are any.</summary>
    public static void ThrowIfAny(ObjectSchema schema, ErrorList errors, string kind)
    {
        if (errors.Any) throw new StudyFileException(kind, SchemaOrder.Sort(schema, errors.Errors));
    }

    /// <summary>Checks the shared keys and resolves them; null when any of them has an error (which is then in <paramref name="errors"/>).</summary>
    public static StudySetup? Resolve<T>(T file, ObjectSchema<T> schema, string path, IReadOnlyList<string> sets, string sha256, LocationIndex locations,
        ErrorList errors, string kind)
        where T : StudyFile
    {
        void Add(object owner, string key, string message)
        {
            var (fieldPath, at) = locations.Resolve(schema, file, owner, key);
            errors.Add(at, fieldPath, message);
        }

        var name = file.Name.Length > 0 ? file.Name : Path.GetFileNameWithoutExtension(path);
        if (!errors.HasErrorAt("name") && !FolderName().IsMatch(name))
            Add(file, "name", $"a {kind} name is used as a folder name: letters, digits, '_', '-', '.' or '+', starting with a letter or digit; got '{name}'");
        var scenarioShown = file.Scenario.Length == 0 ? "" : ScenarioFiles.Shown(path, file.Scenario);
        if (!errors.HasErrorAt("scenario"))
        {
            if (file.Scenario.Length == 0) Add(file, "scenario", "expected the scenario file, relative to this file: scenario: ../uk-baseline.yaml");
            else if (!File.Exists(ExperimentChecks.ScenarioFullPath(path, file.Scenario))) Add(file, "scenario", $"file not found: {scenarioShown}");
        }

        var (set, setNodes) = ArmOverrides.Read(file.Set, "", errors);
        var parameters = ReadParameters(file, schema, locations, errors);
        if (errors.Any) return null;

        var baseScenario = LoadCollecting(scenarioShown, setNodes, file.Ticks, errors);
        if (baseScenario is null) return null;
        var keyAt = parameters.Select(p => p.KeyAt).ToList();
        var integer = parameters.Select(p => p.Integer).ToList();
        // Both ends of every range must make a valid scenario; an error points at the bound that made it.
        foreach (var end in new[] { "lower", "upper" })
        {
            var nodes = parameters.Select(p => new SetOverrides.NodeOverride(p.File.Key, p.KeyAt,
                new DocScalar(end == "lower" ? p.LowerAt : p.UpperAt, StudySetup.ValueText(end == "lower" ? p.File.Lower!.Value : p.File.Upper!.Value, p.Integer), false)));
            LoadCollecting(scenarioShown, setNodes.Concat(nodes).ToList(), file.Ticks, errors);
        }

        if (errors.Any) return null;
        return new StudySetup
        {
            Kind = kind,
            Name = name,
            Description = file.Description,
            FilePath = path,
            FileSha256 = sha256,
            Overrides = sets.ToList(),
            Scenario = file.Scenario,
            ScenarioShown = scenarioShown,
            Set = set,
            SetNodes = setNodes,
            Space = new ParameterSpace(parameters.Select(p => p.Parameter!)),
            KeyLocations = keyAt,
            IntegerKeys = integer,
            Seed = file.Seed,
            Ticks = file.Ticks,
            ThreadsPerRun = file.ThreadsPerRun,
            BaseScenario = baseScenario,
        };
    }

    private sealed record ReadParameter(ParameterFile File, SourceLocation KeyAt, SourceLocation LowerAt, SourceLocation UpperAt, bool Integer, Parameter? Parameter);

    private static List<ReadParameter> ReadParameters<T>(T file, ObjectSchema<T> schema, LocationIndex locations, ErrorList errors)
        where T : StudyFile
    {
        var read = new List<ReadParameter>();
        if (file.Parameters.Count == 0 && !errors.HasErrorAt("parameters"))
        {
            var (fieldPath, at) = locations.Resolve(schema, file, file, "parameters");
            errors.Add(at, fieldPath, "expected at least one parameter: parameters: [{key: adoption.p, lower: 0.005, upper: 0.05}]");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.Parameters.Count; i++)
        {
            var p = file.Parameters[i];
            var prefix = $"parameters[{i}]";
            SourceLocation At(string key) => locations.Resolve(schema, file, p, key).Location;
            void Add(string key, string message)
            {
                if (!errors.HasErrorAt($"{prefix}.{key}")) errors.Add(At(key), $"{prefix}.{key}", message);
            }

            var leaf = p.Key.Length == 0 ? null : GridReader.LeafSchema(p.Key);
            if (p.Key.Length == 0) Add("key", "every parameter needs a key: a scenario key path such as adoption.p");
            else if (!SetOverrides.IsKeyPath(p.Key)) Add("key", $"expected a scenario key path such as adoption.p or ideas[0].value, got '{p.Key}'");
            else if (!seen.Add(p.Key)) Add("key", $"parameter '{p.Key}' is listed twice");
            else if (leaf is not null and not (NumberSchema or IntegerSchema))
                Add("key", $"a parameter is a number or integer key; '{p.Key}' is a {leaf.TypeName}");
            if (p.Lower is null) Add("lower", "every parameter needs a lower bound");
            if (p.Upper is null) Add("upper", "every parameter needs an upper bound");
            var integer = leaf is IntegerSchema;
            if (integer && p.Scale != ScaleName.Integer) Add("scale", $"'{p.Key}' takes whole numbers: use scale: integer");
            Parameter? parameter = null;
            if (p.Lower is { } lower && p.Upper is { } upper && !errors.HasErrorAt($"{prefix}.lower") && !errors.HasErrorAt($"{prefix}.upper"))
            {
                if (!(double.IsFinite(lower) && double.IsFinite(upper))) Add("upper", "expected finite bounds");
                else if (lower >= upper) Add("upper", $"expected an upper bound above the lower bound {StudySetup.ValueText(lower, false)}, got {StudySetup.ValueText(upper, false)}");
                else if (p.Scale == ScaleName.Log && lower <= 0) Add("lower", $"a log scale needs a positive lower bound, got {StudySetup.ValueText(lower, false)}");
                else if (p.Scale == ScaleName.Integer && (lower % 1 != 0 || upper % 1 != 0)) Add("scale", "an integer scale needs whole-number bounds");
                else parameter = new Parameter(p.Key, lower, upper, p.Scale switch
                {
                    ScaleName.Log => ParameterScale.Log,
                    ScaleName.Integer => ParameterScale.Integer,
                    _ => ParameterScale.Linear,
                });
            }

            read.Add(new ReadParameter(p, At("key"), At("lower"), At("upper"), integer, parameter));
        }

        return read;
    }

    /// <summary>A scenario, or null with its errors added (each once: the same bad key fails every load).</summary>
    private static ScenarioSpec? LoadCollecting(string scenarioShown, IReadOnlyList<SetOverrides.NodeOverride> overrides, int? ticks, ErrorList errors)
    {
        try
        {
            return StudySetup.Load(scenarioShown, overrides, ticks);
        }
        catch (ScenarioException e)
        {
            var known = errors.Errors.Select(x => x.ToString()).ToHashSet(StringComparer.Ordinal);
            foreach (var error in e.Errors.Where(x => known.Add(x.ToString()))) errors.Add(error.Location, error.FieldPath, error.Message);
            return null;
        }
    }

    /// <summary>Names become folder names: letters, digits, '_', '-', '.', '+'.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.+\-]*$")]
    private static partial Regex FolderName();
}

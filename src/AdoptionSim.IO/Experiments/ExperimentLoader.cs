using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Parquet;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// Loads an experiment file (YAML), applies <c>--set</c> overrides to it, and loads the scenario of every
/// (arm, grid point) so that a bad grid key or value is reported before anything runs. Every problem is
/// located as <c>file:line:col: field.path: message</c>; problems inside a scenario file point there.
/// </summary>
public static partial class ExperimentLoader
{
    /// <summary>The keys of an experiment file, in documentation order.</summary>
    public static readonly string[] TopKeys =
        ["name", "description", "arms", "grid", "replications", "master_seed", "ticks", "threads_per_run", "write_events", "keep_firms"];

    public static readonly string[] ArmKeys = ["name", "description", "scenario", "set", "baseline"];

    public static readonly string[] RangeKeys = ["from", "to", "step"];

    /// <summary>Default number of replications when the file does not say.</summary>
    public const int DefaultReplications = 10;

    /// <summary>Most runs or grid values one experiment may define (a typo in a range should not make a billion runs).</summary>
    public const int MaxRuns = 1_000_000;

    /// <exception cref="ExperimentException">The experiment or one of its scenarios has errors; all are listed.</exception>
    public static ExperimentSpec Load(string path, IReadOnlyList<string>? setOverrides = null)
    {
        var errors = new ErrorList();
        var fullPath = Path.GetFullPath(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var message = File.Exists(fullPath) ? $"cannot read {path}: {e.Message}" : $"file not found: {path}";
            throw new ExperimentException([new ScenarioError(new SourceLocation(path, 0, 0), "", message)]);
        }

        var node = YamlDocumentReader.Read(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), path, errors);
        if (node is DocScalar { IsNull: true })
        {
            node = new DocMapping(node.Location, []);
        }

        if (node is not DocMapping document)
        {
            if (node is not null)
            {
                errors.Add(node.Location, "", $"an experiment file is a mapping of keys to values, got {node.Describe()}");
            }

            throw Fail(errors);
        }

        if (setOverrides is { Count: > 0 })
        {
            SetOverrides.Apply(document, setOverrides, null, errors);
        }

        var reader = new Reader(path, errors);
        var spec = reader.Read(document, Convert.ToHexStringLower(SHA256.HashData(bytes)), setOverrides ?? []);
        if (errors.Any || spec is null)
        {
            throw Fail(errors);
        }

        return LoadScenarios(spec, errors);
    }

    private static ExperimentException Fail(ErrorList errors) => new(errors.Errors.ToList());

    /// <summary>Loads the scenario of every (arm, point); errors are gathered once each (the same bad key fails every point).</summary>
    private static ExperimentSpec LoadScenarios(ExperimentSpec spec, ErrorList errors)
    {
        var scenarios = new ScenarioSpec[spec.Arms.Count, spec.Points.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var a = 0; a < spec.Arms.Count; a++)
        {
            var arm = spec.Arms[a];
            for (var p = 0; p < spec.Points.Count; p++)
            {
                var overrides = arm.Overrides.Concat(spec.Grid.Select((axis, i) =>
                    new SetOverrides.NodeOverride(axis.Key, axis.KeyAt, spec.Points[p].Values[i].Node))).ToList();
                try
                {
                    var scenario = ScenarioLoader.Load(arm.ScenarioShown, overrides, null);
                    if (spec.Ticks is { } ticks) scenario.Ticks = ticks;
                    scenarios[a, p] = scenario;
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
            throw Fail(errors);
        }

        return new ExperimentSpec
        {
            Name = spec.Name, Description = spec.Description, FilePath = spec.FilePath, FileSha256 = spec.FileSha256,
            Overrides = spec.Overrides, Arms = spec.Arms, BaselineArm = spec.BaselineArm, Grid = spec.Grid, Points = spec.Points,
            Replications = spec.Replications, MasterSeed = spec.MasterSeed, Ticks = spec.Ticks, ThreadsPerRun = spec.ThreadsPerRun,
            WriteEvents = spec.WriteEvents, KeepFirms = spec.KeepFirms, Scenarios = scenarios,
        };
    }

    /// <summary>An arm name becomes a folder name (<c>arm=NAME</c>): letters, digits, '_', '-', '.', '+'.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.+\-]*$")]
    private static partial Regex ArmNamePattern();

    private sealed class Reader(string file, ErrorList errors)
    {
        public ExperimentSpec? Read(DocMapping document, string sha256, IReadOnlyList<string> overrides)
        {
            foreach (var entry in document.Entries.Where(e => !TopKeys.Contains(e.Name)))
            {
                Unknown(entry, "", TopKeys, "experiment");
            }

            var name = String(document, "name", "") is { Length: > 0 } n ? n : Path.GetFileNameWithoutExtension(file);
            if (!ArmNamePattern().IsMatch(name))
            {
                errors.Add(At(document, "name"), "name", $"an experiment name is used as a folder name: letters, digits, '_', '-', '.' or '+', starting with a letter or digit; got '{name}'");
            }

            var description = String(document, "description", "") ?? "";
            var arms = Arms(document);
            var grid = Grid(document);
            var replications = (int)Integer(document, "replications", 1, MaxRuns, DefaultReplications)!;
            var masterSeed = Integer(document, "master_seed", 0, long.MaxValue, 1)!.Value;
            var ticks = Integer(document, "ticks", 0, int.MaxValue, null, nullable: true);
            var threads = (int)Integer(document, "threads_per_run", 1, 1024, 1)!;
            var writeEvents = Boolean(document, "write_events", false);
            var keepFirms = Boolean(document, "keep_firms", false);

            var pointCount = grid.Aggregate(1L, (count, axis) => count * Math.Max(1, axis.Values.Count));
            if (arms.Count * pointCount * replications > MaxRuns)
            {
                errors.Add(At(document, "grid"), "grid", $"{arms.Count} arm(s) × {pointCount} grid point(s) × {replications} replication(s) is more than {MaxRuns:N0} runs");
                return null;
            }

            if (errors.Any || arms.Count == 0)
            {
                return null;
            }

            var baseline = arms.FindIndex(a => a.Baseline);
            return new ExperimentSpec
            {
                Name = name, Description = description, FilePath = file, FileSha256 = sha256, Overrides = overrides.ToList(),
                Arms = arms, BaselineArm = Math.Max(0, baseline), Grid = grid, Points = Points(grid),
                Replications = replications, MasterSeed = masterSeed, Ticks = ticks is null ? null : (int)ticks,
                ThreadsPerRun = threads, WriteEvents = writeEvents, KeepFirms = keepFirms,
            };
        }

        private List<ExperimentArm> Arms(DocMapping document)
        {
            var arms = new List<ExperimentArm>();
            var entry = document.Find("arms");
            if (entry is null || entry.Value is DocScalar { IsNull: true })
            {
                errors.Add(entry?.Key.Location ?? SourceLocation.StartOf(file), "arms", "an experiment needs at least one arm: arms: [{name: …, scenario: …}]");
                return arms;
            }

            if (entry.Value is not DocSequence sequence)
            {
                errors.Add(entry.Value.Location, "arms", $"expected a list of arms, got {entry.Value.Describe()}");
                return arms;
            }

            if (sequence.Items.Count == 0)
            {
                errors.Add(entry.Value.Location, "arms", "an experiment needs at least one arm");
            }

            var baselineAt = (string?)null;
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                var path = $"arms[{i}]";
                if (sequence.Items[i] is not DocMapping item)
                {
                    errors.Add(sequence.Items[i].Location, path, $"expected an arm (a mapping with name and scenario), got {sequence.Items[i].Describe()}");
                    continue;
                }

                foreach (var unknown in item.Entries.Where(e => !ArmKeys.Contains(e.Name)))
                {
                    Unknown(unknown, path, ArmKeys, "arm");
                }

                var name = String(item, "name", null, path);
                if (name is null)
                {
                    errors.Add(item.Location, $"{path}.name", "every arm needs a name");
                }
                else if (!ArmNamePattern().IsMatch(name))
                {
                    errors.Add(At(item, "name"), $"{path}.name", $"an arm name is used as a folder name (arm=NAME): letters, digits, '_', '-', '.' or '+', starting with a letter or digit; got '{name}'");
                }
                else if (!names.Add(name))
                {
                    errors.Add(At(item, "name"), $"{path}.name", $"two arms are named '{name}'");
                }

                var scenario = String(item, "scenario", null, path);
                string? shown = null;
                if (scenario is null)
                {
                    errors.Add(item.Location, $"{path}.scenario", "every arm needs a scenario file (relative to the experiment file)");
                }
                else
                {
                    shown = ScenarioFiles.Shown(file, scenario);
                    var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? "", scenario));
                    if (!File.Exists(full))
                    {
                        errors.Add(At(item, "scenario"), $"{path}.scenario", $"file not found: {shown}");
                    }
                }

                var baseline = Boolean(item, "baseline", false, path);
                if (baseline && baselineAt is not null)
                {
                    errors.Add(At(item, "baseline"), $"{path}.baseline", $"only one arm can be the baseline ({baselineAt} already is)");
                }
                else if (baseline)
                {
                    baselineAt = name ?? path;
                }

                var (set, overrides) = Set(item, path);
                if (name is not null && shown is not null)
                {
                    arms.Add(new ExperimentArm
                    {
                        Name = name, Description = String(item, "description", "", path) ?? "", Scenario = scenario!, ScenarioShown = shown,
                        Baseline = baseline, Set = set, Overrides = overrides,
                    });
                }
            }

            return arms;
        }

        private (List<KeyValuePair<string, string>>, List<SetOverrides.NodeOverride>) Set(DocMapping arm, string armPath)
        {
            var set = new List<KeyValuePair<string, string>>();
            var overrides = new List<SetOverrides.NodeOverride>();
            var entry = arm.Find("set");
            if (entry is null || entry.Value is DocScalar { IsNull: true })
            {
                return (set, overrides);
            }

            if (entry.Value is not DocMapping mapping)
            {
                errors.Add(entry.Value.Location, $"{armPath}.set", $"expected a mapping of scenario key paths to values (e.g. adoption.q: 0.5), got {entry.Value.Describe()}");
                return (set, overrides);
            }

            foreach (var e in mapping.Entries)
            {
                if (!SetOverrides.IsKeyPath(e.Name))
                {
                    errors.Add(e.Key.Location, $"{armPath}.set.{e.Name}", $"expected a scenario key path such as adoption.q or ideas[0].complexity, got '{e.Name}'");
                    continue;
                }

                set.Add(new(e.Name, YamlText(e.Value)));
                overrides.Add(new SetOverrides.NodeOverride(e.Name, e.Key.Location, e.Value));
            }

            return (set, overrides);
        }

        private List<GridAxis> Grid(DocMapping document)
        {
            var axes = new List<GridAxis>();
            var entry = document.Find("grid");
            if (entry is null || entry.Value is DocScalar { IsNull: true })
            {
                return axes;
            }

            if (entry.Value is not DocMapping mapping)
            {
                errors.Add(entry.Value.Location, "grid", $"expected a mapping of scenario key paths to lists of values or ranges, got {entry.Value.Describe()}");
                return axes;
            }

            Flatten(mapping, "", axes);
            return axes;
        }

        /// <summary>
        /// Grid keys may be written dotted (<c>adoption.q: […]</c>) or nested (<c>adoption: {q: […]}</c>, which is
        /// what <c>--set grid.adoption.q=[…]</c> makes); a key given twice keeps its first position and its last values.
        /// </summary>
        private void Flatten(DocMapping mapping, string prefix, List<GridAxis> axes)
        {
            foreach (var e in mapping.Entries)
            {
                var key = prefix.Length == 0 ? e.Name : $"{prefix}.{e.Name}";
                var path = $"grid.{key}";
                if (!SetOverrides.IsKeyPath(key))
                {
                    errors.Add(e.Key.Location, path, $"expected a scenario key path such as adoption.q, got '{key}'");
                    continue;
                }

                List<GridValue>? values;
                var leaf = LeafSchema(key);
                switch (e.Value)
                {
                    case DocMapping range when range.Find("from") is not null || range.Find("step") is not null || range.Find("to") is not null:
                        values = Range(range, path, leaf);
                        break;
                    case DocMapping nested:
                        Flatten(nested, key, axes);
                        continue;
                    case DocSequence list:
                        values = [];
                        foreach (var item in list.Items)
                        {
                            if (item is not DocScalar scalar)
                            {
                                errors.Add(item.Location, path, $"grid values are single values (numbers, integers, booleans, names), got {item.Describe()}");
                                continue;
                            }

                            values.Add(Value(scalar, leaf));
                        }

                        if (list.Items.Count == 0)
                        {
                            errors.Add(list.Location, path, "a grid axis needs at least one value");
                        }

                        break;
                    case DocScalar scalar:
                        values = [Value(scalar, leaf)];
                        break;
                    default:
                        continue;
                }

                if (values is null)
                {
                    continue;
                }

                var axis = new GridAxis { Key = key, KeyAt = e.Key.Location, Type = ColumnType(leaf), Values = values };
                var existing = axes.FindIndex(a => a.Key == key);
                if (existing >= 0)
                {
                    axes[existing] = axis;
                }
                else
                {
                    axes.Add(axis);
                }
            }
        }

        private List<GridValue>? Range(DocMapping range, string path, ValueSchema? leaf)
        {
            foreach (var unknown in range.Entries.Where(e => !RangeKeys.Contains(e.Name)))
            {
                Unknown(unknown, path, RangeKeys, "range");
            }

            var from = Number(range, "from", path);
            var to = Number(range, "to", path);
            var step = Number(range, "step", path);
            if (from is null || to is null || step is null)
            {
                return null;
            }

            if (step == 0 || (to - from) / step < 0)
            {
                errors.Add(At(range, "step"), $"{path}.step", $"a step of {Format(step.Value)} never gets from {Format(from.Value)} to {Format(to.Value)}");
                return null;
            }

            var count = Math.Floor((to.Value - from.Value) / step.Value * (1 + 1e-12) + 1e-9) + 1;
            if (count > MaxRuns)
            {
                errors.Add(range.Location, path, $"the range gives {count:N0} values (at most {MaxRuns:N0})");
                return null;
            }

            var integer = leaf is IntegerSchema;
            if (integer && (from % 1 != 0 || step % 1 != 0))
            {
                errors.Add(range.Location, path, "an integer key needs an integer from and step");
                return null;
            }

            var values = new List<GridValue>();
            for (var k = 0; k < (int)count; k++)
            {
                // Rounded to 12 significant digits so that 0.1 + 2·0.1 is written 0.3, not 0.30000000000000004.
                var x = double.Parse((from.Value + k * step.Value).ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                var text = integer ? ((long)x).ToString(CultureInfo.InvariantCulture) : Format(x);
                values.Add(Value(new DocScalar(range.Location, text, false), leaf));
            }

            return values;
        }

        private static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);

        private static GridValue Value(DocScalar scalar, ValueSchema? leaf)
        {
            object? value = scalar.Text;
            if (scalar.IsNull)
            {
                value = null;
            }
            else if (leaf is ScalarSchema s && s.Parse(scalar.Text, scalar.Quoted) is { Ok: true } parsed)
            {
                value = leaf switch
                {
                    NumberSchema => Convert.ToDouble(parsed.Value, CultureInfo.InvariantCulture),
                    IntegerSchema => Convert.ToInt64(parsed.Value, CultureInfo.InvariantCulture),
                    BooleanSchema => (bool)parsed.Value!,
                    _ => scalar.Text, // a string, or a choice by its name (not the enum's ToString)
                };
            }

            return new GridValue(scalar.Text ?? "null", value) { Node = scalar };
        }

        private static ParquetType ColumnType(ValueSchema? leaf) => leaf switch
        {
            NumberSchema => ParquetType.Double,
            IntegerSchema => ParquetType.Int64,
            BooleanSchema => ParquetType.Boolean,
            _ => ParquetType.String,
        };

        /// <summary>The schema a scenario key path leads to, or null when the path is not a scenario key (the scenario load reports it).</summary>
        private static ValueSchema? LeafSchema(string keyPath)
        {
            ValueSchema? schema = ScenarioSchema.Root;
            foreach (var part in keyPath.Split('.'))
            {
                var bracket = part.IndexOf('[');
                schema = DocumentMerger.ChildSchema(schema, bracket < 0 ? part : part[..bracket]);
                if (bracket >= 0)
                {
                    schema = (schema as ListSchema)?.Item;
                }
            }

            return schema;
        }

        private static List<GridPoint> Points(List<GridAxis> grid)
        {
            var count = grid.Aggregate(1, (n, axis) => n * axis.Values.Count);
            var width = Math.Max(1, (count - 1).ToString(CultureInfo.InvariantCulture).Length);
            var points = new List<GridPoint>(count);
            for (var i = 0; i < count; i++)
            {
                // The last axis varies fastest.
                var values = new GridValue[grid.Count];
                var rest = i;
                for (var a = grid.Count - 1; a >= 0; a--)
                {
                    values[a] = grid[a].Values[rest % grid[a].Values.Count];
                    rest /= grid[a].Values.Count;
                }

                points.Add(new GridPoint(i, "p" + i.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'), values));
            }

            return points;
        }

        private void Unknown(DocEntry entry, string parent, string[] keys, string what)
        {
            var suggestion = NameSuggester.Closest(entry.Name, keys);
            var message = $"unknown key '{entry.Name}' in {what}";
            errors.Add(entry.Key.Location, parent.Length == 0 ? entry.Name : $"{parent}.{entry.Name}",
                suggestion is null ? $"{message} (keys: {string.Join(", ", keys)})" : $"{message}; did you mean '{suggestion}'?");
        }

        private SourceLocation At(DocMapping mapping, string key) => mapping.Find(key)?.Value.Location ?? mapping.Location;

        private static string PathOf(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";

        private DocScalar? Scalar(DocMapping mapping, string key, string parent, string expected)
        {
            var entry = mapping.Find(key);
            if (entry is null || entry.Value is DocScalar { IsNull: true })
            {
                return null;
            }

            if (entry.Value is not DocScalar scalar)
            {
                errors.Add(entry.Value.Location, PathOf(parent, key), $"expected {expected}, got {entry.Value.Describe()}");
                return null;
            }

            return scalar;
        }

        private string? String(DocMapping mapping, string key, string? fallback, string parent = "") =>
            Scalar(mapping, key, parent, "a string")?.Text ?? fallback;

        private long? Integer(DocMapping mapping, string key, long min, long max, long? fallback, string parent = "", bool nullable = false)
        {
            var scalar = Scalar(mapping, key, parent, "an integer");
            if (scalar is null)
            {
                return fallback;
            }

            var parsed = new IntegerSchema(min, max, wide: true) { Nullable = nullable }.Parse(scalar.Text, scalar.Quoted);
            if (!parsed.Ok)
            {
                errors.Add(scalar.Location, PathOf(parent, key), parsed.Error!);
                return fallback;
            }

            return parsed.Value is null ? fallback : Convert.ToInt64(parsed.Value, CultureInfo.InvariantCulture);
        }

        private double? Number(DocMapping mapping, string key, string parent)
        {
            var scalar = Scalar(mapping, key, parent, "a number");
            if (scalar is null)
            {
                errors.Add(mapping.Location, PathOf(parent, key), "a range needs from, to and step (e.g. {from: 0.1, to: 0.5, step: 0.1})");
                return null;
            }

            var parsed = new NumberSchema(NumberRange.Any).Parse(scalar.Text, scalar.Quoted);
            if (!parsed.Ok)
            {
                errors.Add(scalar.Location, PathOf(parent, key), parsed.Error!);
                return null;
            }

            return Convert.ToDouble(parsed.Value, CultureInfo.InvariantCulture);
        }

        private bool Boolean(DocMapping mapping, string key, bool fallback, string parent = "")
        {
            var scalar = Scalar(mapping, key, parent, "true or false");
            if (scalar is null)
            {
                return fallback;
            }

            var parsed = new BooleanSchema().Parse(scalar.Text, scalar.Quoted);
            if (!parsed.Ok)
            {
                errors.Add(scalar.Location, PathOf(parent, key), parsed.Error!);
                return fallback;
            }

            return (bool)parsed.Value!;
        }
    }

    /// <summary>A value written back as one line of YAML (flow style), for experiment.json and messages.</summary>
    internal static string YamlText(DocNode node) => node switch
    {
        DocScalar { IsNull: true } => "null",
        DocScalar { Quoted: true } s => "\"" + s.Text!.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        DocScalar s => s.Text!,
        DocSequence q => "[" + string.Join(", ", q.Items.Select(YamlText)) + "]",
        DocMapping m => "{" + string.Join(", ", m.Entries.Select(e => $"{e.Name}: {YamlText(e.Value)}")) + "}",
        _ => node.Describe(),
    };
}

using System.Globalization;
using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// Reads the <c>grid:</c> of an experiment file into axes: a scenario key path and its values, typed by the
/// scenario schema. Whether each value suits its key is checked when the scenarios load (where the message
/// is the scenario file's own); here only the shape of the grid is: lists of single values, ranges (bound
/// through <see cref="ExperimentSchema.Range"/>), nested keys.
/// </summary>
internal sealed class GridReader(ErrorList errors)
{
    private const string GridPath = "grid";

    public List<GridAxis> Read(DocNode? grid)
    {
        var axes = new List<GridAxis>();
        if (grid is null)
        {
            return axes;
        }

        if (grid is not DocMapping mapping)
        {
            errors.Add(grid.Location, GridPath, $"expected a mapping of scenario key paths to lists of values or ranges, got {grid.Describe()}");
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
        foreach (var entry in mapping.Entries)
        {
            var key = prefix.Length == 0 ? entry.Name : $"{prefix}.{entry.Name}";
            var path = $"{GridPath}.{key}";
            if (!SetOverrides.IsKeyPath(key))
            {
                errors.Add(entry.Key.Location, path, $"expected a scenario key path such as adoption.q, got '{ShownText.Value(key)}'");
                continue;
            }

            var leaf = LeafSchema(key);
            List<GridValue>? values;
            switch (entry.Value)
            {
                case DocMapping range when ExperimentSchema.IsRange(range):
                    values = Range(range, path, leaf);
                    break;
                case DocMapping nested:
                    Flatten(nested, key, axes);
                    continue;
                case DocSequence list:
                    values = List(list, path, leaf);
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

            var axis = new GridAxis { Key = key, KeyAt = entry.Key.Location, Type = ColumnType(leaf), Values = values };
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

    private List<GridValue> List(DocSequence list, string path, ValueSchema? leaf)
    {
        var values = new List<GridValue>();
        foreach (var item in list.Items)
        {
            if (item is DocScalar scalar)
            {
                values.Add(Value(scalar, leaf));
            }
            else
            {
                errors.Add(item.Location, path, $"grid values are single values (numbers, integers, booleans, names), got {item.Describe()}");
            }
        }

        if (list.Items.Count == 0)
        {
            errors.Add(list.Location, path, "a grid axis needs at least one value");
        }

        return values;
    }

    private List<GridValue>? Range(DocMapping node, string path, ValueSchema? leaf)
    {
        var range = ExperimentSchema.Range.Create();
        var locations = new LocationIndex(node.Location);
        new SchemaBinder(errors, locations).BindObject(ExperimentSchema.Range, node, range, path);
        var complete = true;
        foreach (var field in ExperimentSchema.Range.Fields)
        {
            var fieldPath = $"{path}.{field.Key}";
            if (errors.HasErrorAt(fieldPath))
            {
                complete = false;
            }
            else if (node.Find(field.Key) is null)
            {
                errors.Add(node.Location, fieldPath, "a range needs from, to and step (e.g. {from: 0.1, to: 0.5, step: 0.1})");
                complete = false;
            }
        }

        if (!complete)
        {
            return null;
        }

        var (from, to, step) = (range.From, range.To, range.Step);
        if (step == 0 || (to - from) / step < 0)
        {
            var (stepPath, stepAt) = locations.Resolve(ExperimentSchema.Range, range, range, "step");
            errors.Add(stepAt, stepPath, $"a step of {Show(step)} never gets from {Show(from)} to {Show(to)}");
            return null;
        }

        var count = GridExpansion.RangeCount(from, to, step);
        if (count > ExperimentSchema.MaxRuns)
        {
            errors.Add(node.Location, path, $"the range gives {count:N0} values (at most {ExperimentSchema.MaxRuns:N0})");
            return null;
        }

        var integer = leaf is IntegerSchema;
        if (integer && (from % 1 != 0 || step % 1 != 0))
        {
            errors.Add(node.Location, path, "an integer key needs an integer from and step");
            return null;
        }

        return GridExpansion.RangeValues(from, step, (int)count, integer)
            .Select(text => Value(new DocScalar(node.Location, text, false), leaf))
            .ToList();
    }

    private static string Show(double x) => GridExpansion.FormatNumber(x);

    /// <summary>A grid value typed by its key's schema (double, long, bool or text); left as text when it does not parse (the scenario load says why).</summary>
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
    internal static ValueSchema? LeafSchema(string keyPath)
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
}

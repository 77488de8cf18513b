using System.Text;
using AdoptionSim.Core.Parameters;
using AdoptionSim.Model;
using AdoptionSim.Model.Policies.Levers;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Scenarios;

/// <summary>
/// Generates docs/scenarios.md from <see cref="ScenarioSchema"/>: every key with its type, default, range
/// and doc, so the reference cannot drift from the code (a test compares the committed file with this).
/// </summary>
public static class ScenarioDocs
{
    /// <summary>Where the generated file lives, relative to the repository root.</summary>
    public const string RelativePath = "docs/scenarios.md";

    public static string Generate()
    {
        var md = new StringBuilder();
        md.Append(Intro);
        var root = ScenarioSchema.Root;
        var defaults = root.Create();
        var blocks = new List<(string Path, string Yaml)>();

        md.Append("\n## Top level\n\n");
        Table(md, root.Fields.Where(f => f.Schema is not ObjectSchema).Select(f => Row(f, f.Key, defaults, blocks)));
        foreach (var field in root.Fields.Where(f => f.Schema is ObjectSchema))
        {
            var schema = (ObjectSchema)field.Schema;
            md.Append($"\n## `{field.Key}`\n\n{schema.Doc}\n\n");
            blocks.Clear();
            Table(md, Rows(schema, field.GetValue(defaults)!, field.Key, blocks));
            AppendBlocks(md, blocks);
        }

        md.Append("\n## Items of lists and maps\n\nFields of the objects inside `classes`, `sectors`, `cities.inline`, `ideas` and `brokers.inline`. The default is that of a newly written item.\n");
        foreach (var (path, schema) in ItemSchemas(root, ""))
        {
            md.Append($"\n### `{path}`\n\n{schema.Doc}\n\n");
            blocks.Clear();
            Table(md, Rows(schema, schema.CreateDefault(), path, blocks));
            AppendBlocks(md, blocks);
        }

        md.Append("\n## Defaults of the top-level lists and maps\n");
        blocks.Clear();
        foreach (var field in root.Fields.Where(f => f.Schema is ListSchema or MapSchema))
        {
            if (ParameterYamlWriter.Inline(field.Schema, field.GetValue(defaults)) is null)
            {
                blocks.Add((field.Key, ParameterYamlWriter.Write(Wrap(field), defaults)));
            }
        }

        AppendBlocks(md, blocks);
        Levers(md);
        md.Append(Formats);
        return md.ToString();
    }

    /// <summary>The levers of <see cref="LeverCatalog"/>, each as its file describes it.</summary>
    private static void Levers(StringBuilder md)
    {
        md.Append("\n## Levers\n\nThe values of `policies[].type`. A lever acts in each tick of its window while it has money, in every\n"
            + "target city; it reads only the parameters listed (their defaults are in the `policies[]` table above) and\n"
            + "fills the policy_ticks.parquet counters listed (spend and budget left always). Each lever is one file\n"
            + "under `src/AdoptionSim.Model/Policies/Levers/`.\n\n"
            + "| `type` | What it does each tick in each target city | Cost model (£) | Reads | Reports |\n|---|---|---|---|---|\n");
        foreach (var lever in LeverCatalog.All)
        {
            var reads = string.Join(", ", lever.Reads.Select(p => $"`{p.Key}`"));
            var reports = lever.Reports == LeverCounters.None ? "" : string.Join(", ", Enum.GetValues<LeverCounters>()
                .Where(c => c != LeverCounters.None && lever.Reports.HasFlag(c)).Select(c => $"`{EnumSchema<LeverCounters>.Instance.NameOf(c)}`"));
            md.Append($"| `{lever.Name}` | {Cell(lever.Does)} | {Cell(lever.Costs)} | {reads} | {reports} |\n");
        }
    }

    private sealed record DocRow(string Key, string Type, string Default, string Range, string Doc);

    private static IEnumerable<DocRow> Rows(ObjectSchema schema, object value, string path, List<(string, string)> blocks)
    {
        foreach (var field in schema.Fields)
        {
            var fieldPath = $"{path}.{field.Key}";
            if (field.Schema is ObjectSchema child)
            {
                foreach (var row in Rows(child, field.GetValue(value)!, fieldPath, blocks))
                {
                    yield return row;
                }
            }
            else
            {
                yield return Row(field, fieldPath, value, blocks);
            }
        }
    }

    private static DocRow Row(FieldSchema field, string path, object owner, List<(string, string)> blocks)
    {
        var value = field.GetValue(owner);
        var shown = field.DefaultText ?? (ParameterYamlWriter.Inline(field.Schema, value) is { } inline ? $"`{inline}`" : null);
        if (shown is null)
        {
            shown = "see below";
            blocks.Add((path, ParameterYamlWriter.Write(Wrap(field), owner)));
        }

        return new DocRow($"`{path}`", field.Schema.TypeName, shown, field.Schema.RangeText, field.Doc);
    }

    /// <summary>An object schema with just one field, to write that field as YAML under its own key.</summary>
    private static ObjectSchema Wrap(FieldSchema field) => new SingleFieldSchema(field);

    private sealed class SingleFieldSchema(FieldSchema field) : ObjectSchema("", "")
    {
        public override IReadOnlyList<FieldSchema> Fields { get; } = [field];

        public override object CreateDefault() => throw new NotSupportedException();
    }

    /// <summary>Object schemas found inside lists and maps, with the path pattern that reaches their fields.</summary>
    private static IEnumerable<(string Path, ObjectSchema Schema)> ItemSchemas(ObjectSchema schema, string path)
    {
        foreach (var field in schema.Fields)
        {
            var fieldPath = path.Length == 0 ? field.Key : $"{path}.{field.Key}";
            switch (field.Schema)
            {
                case ObjectSchema child:
                    foreach (var found in ItemSchemas(child, fieldPath))
                    {
                        yield return found;
                    }

                    break;
                case ListSchema { Item: ObjectSchema item }:
                    yield return ($"{fieldPath}[]", item);
                    break;
                case MapSchema { Value: ObjectSchema value }:
                    yield return ($"{fieldPath}.<name>", value);
                    break;
            }
        }
    }

    private static void Table(StringBuilder md, IEnumerable<DocRow> rows)
    {
        md.Append("| Key | Type | Default | Range | Meaning |\n|---|---|---|---|---|\n");
        foreach (var r in rows)
        {
            md.Append($"| {Cell(r.Key)} | {Cell(r.Type)} | {Cell(r.Default)} | {Cell(r.Range)} | {Cell(r.Doc)} |\n");
        }
    }

    private static void AppendBlocks(StringBuilder md, List<(string Path, string Yaml)> blocks)
    {
        foreach (var (path, yaml) in blocks)
        {
            md.Append($"\nDefault of `{path}`:\n\n```yaml\n{yaml}```\n");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|");

    private const string Intro = """
        # Scenario files

        <!-- Generated from the schemas of the spec classes (src/AdoptionSim.Model/Scenario/*Spec.cs, each parameter declared
             once, see ScenarioSchema.cs there) by src/AdoptionSim.IO/Scenarios/ScenarioDocs.cs.
             Do not edit by hand: regenerate with
             UPDATE_DOCS=1 dotnet test tests/AdoptionSim.IO.Tests -c Release --filter ScenarioDocsTests -->

        A scenario is a YAML file. Every key has a default, so a file says only what differs from the
        defaults; the only thing a scenario must give is at least one city (`cities.file` or
        `cities.inline`). Rates are per year; one tick lasts `tick.years` years.

        Check a file with `adoptionsim validate FILE` and see every resolved value with
        `adoptionsim describe FILE`. Examples: `scenarios/uk-baseline.yaml` (the 63 UK Primary Urban
        Areas), `scenarios/bass.yaml` (the textbook Bass case), `scenarios/two-cities.yaml`.

        Types: a *number* is written plainly (`0.5`, `1e-3`); a quoted `"0.5"` is a string and is
        rejected. *null* (or nothing after the colon) means "use the default rule" for optional keys.
        A *map of name → …* is a mapping with free keys (sector names, class names). Ranges: `[a, b]`
        includes both ends, `(a, b)` excludes them.

        """;

    private const string Formats = """

        ## Cities CSV

        `cities.file` names a CSV file (comma-separated, UTF-8, header row), relative to the file that
        names it. Columns, in any order:

        | Column | Required | Key it sets |
        |---|---|---|
        | `city` | yes | `name` |
        | `population_2019` | yes | `population` |
        | `lat` | yes | `lat` |
        | `lon` | yes | `lon` |
        | `class` | yes | `class` |
        | `class_source` | yes (may be empty) | `class_source` |
        | `region` | no | `region` |
        | `functional_region` | no | `functional_region` |
        | `skills` | no | `skills` |
        | `rent` | no | `rent` |
        | `rate_multiplier` | no | `rate_multiplier` |
        | `universities` | no | `universities` |
        | `anchor_firms` | no | `anchor_firms` |

        Values are checked like the same keys written inline; an empty optional value takes the
        class default. Other columns are errors (most likely typos). Cities in `cities.inline` are
        added after the file's; an inline city with a file city's name replaces it. The UK file,
        `scenarios/data/uk-puas.csv`, and its sources are described in `scenarios/data/README.md`
        (which classes are estimates: `class_source = proxy`).

        ## `extends`

        `extends: other.yaml` (relative to the file) makes a file start from another scenario and
        change only what it writes. Chains are allowed (a file may extend one that extends another);
        cycles are errors. Mappings are merged key by key; scalars and lists are replaced whole, and
        so are maps of weights (`sector_mix`, `relevance`): writing `sectors:` replaces the whole list
        of sectors. Entries of `classes` are merged one by one. `name` and `description` are not
        inherited: a file that extends another is its own scenario. Errors point into the file that
        wrote the value.

        ## `--set` overrides

        `adoptionsim run|validate|describe FILE --set key.path=value` (repeatable) changes one value
        after every file is merged, e.g. `--set adoption.q=0.5`, `--set ticks=12`,
        `--set network.mixing=full`, `--set firms.size_shares={micro: 0.7, small: 0.25}` (a mapping
        is merged into the existing one), `--set ideas[0].complexity=0.2` (an item of a list written
        in the file). The value is read as YAML: a scalar or a flow collection. Errors in an override
        name `--set` as the file, the override's position among the `--set` options as the line and
        the position in its text as the column.

        ## Errors

        Every problem found is reported, not just the first, one per line, in the form
        `file:line:col: field.path: message`, e.g.

            scenarios/x.yaml:12:6: adoption.q: expected a value in [0, ∞), got -0.1
            scenarios/x.yaml:3:3: network.mixng: unknown key 'mixng' in network; did you mean 'mixing'?
            scenarios/data/x.csv:5:14: cities.file[3].lat: column 'lat': expected a number, got 'abc'
            --set:1:12: adoption.q: expected a number, got 'x'

        Lines and columns start at 1. Checks cover YAML syntax, unknown keys (with a suggestion),
        types, ranges, choices, the CSV file, and consistency: unique city and sector names, city
        classes that exist in `classes`, sector mixes over known sectors with a positive sum, ideas
        and brokers in existing cities and sectors, size shares summing to 1.
        """;
}

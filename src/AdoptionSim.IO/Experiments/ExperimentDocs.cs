using System.Text;
using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// Generates the key reference of docs/experiments.md from <see cref="ExperimentSchema"/>: every key of an
/// experiment file with its type, default, range and doc, between two markers in the otherwise hand-written
/// page, so the reference cannot drift from the code (a test compares the committed page with
/// <see cref="Splice"/> of it).
/// </summary>
public static class ExperimentDocs
{
    /// <summary>The page holding the reference, relative to the repository root.</summary>
    public const string RelativePath = "docs/experiments.md";

    private const string Begin = "<!-- Key reference generated from src/AdoptionSim.IO/Experiments/ExperimentSchema.cs by src/AdoptionSim.IO/Experiments/ExperimentDocs.cs.";
    private const string End = "<!-- End of the generated key reference -->";

    /// <summary>The reference, markers included.</summary>
    public static string Generate()
    {
        var md = new StringBuilder();
        md.Append(Begin).Append("\n     Do not edit by hand: regenerate with\n")
            .Append("     UPDATE_DOCS=1 dotnet test tests/AdoptionSim.IO.Tests -c Release --filter ExperimentDocsTests -->\n");
        var root = ExperimentSchema.Root;
        md.Append($"\n### Keys\n\n{root.Doc} Keys not listed here are errors.\n\n");
        Table(md, root, root.CreateDefault(), "");
        foreach (var field in root.Fields)
        {
            if (field.Schema is ListSchema { Item: ObjectSchema item })
            {
                md.Append($"\n### `{field.Key}[]`\n\n{item.Doc}\n\n");
                Table(md, item, item.CreateDefault(), $"{field.Key}[]");
            }
        }

        var range = ExperimentSchema.Range;
        md.Append($"\n### `grid.<key path>` as a range\n\n{range.Doc}\n\n");
        Table(md, range, range.CreateDefault(), "grid.<key path>");
        md.Append('\n').Append(End).Append('\n');
        return md.ToString();
    }

    /// <summary><paramref name="page"/> with the text between the markers (included) replaced by <see cref="Generate"/>.</summary>
    /// <exception cref="InvalidDataException">The page lacks the markers.</exception>
    public static string Splice(string page)
    {
        var begin = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidDataException($"{RelativePath} has no generated key reference: it needs the lines '{Begin} …' and '{End}'");
        }

        var after = end + End.Length + (page.Length > end + End.Length && page[end + End.Length] == '\n' ? 1 : 0);
        return page[..begin] + Generate() + page[after..];
    }

    internal static void Table(StringBuilder md, ObjectSchema schema, object defaults, string path)
    {
        md.Append("| Key | Type | Default | Range | Meaning |\n|---|---|---|---|---|\n");
        foreach (var field in schema.Fields)
        {
            var key = path.Length == 0 ? field.Key : $"{path}.{field.Key}";
            var shown = field.DefaultText
                ?? (ParameterYamlWriter.Inline(field.Schema, field.GetValue(defaults)) is { } inline ? $"`{inline}`" : "");
            md.Append($"| `{Cell(key)}` | {Cell(field.Schema.TypeName)} | {Cell(shown)} | {Cell(field.Schema.RangeText)} | {Cell(field.Doc)} |\n");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|");
}

using System.Text;
using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Experiments;

namespace AdoptionSim.IO.Studies;

/// <summary>
/// A page with a generated key reference (docs/calibration.md, docs/sensitivity.md), made from a file's schema as
/// docs/experiments.md's is (<see cref="ExperimentDocs"/>): every key with its type, default, range and doc between
/// two markers in an otherwise hand-written page, so the reference cannot drift from the code (a test compares each
/// committed page with <see cref="Splice"/> of it).
/// </summary>
public sealed class StudyDocPage
{
    private const string End = "<!-- End of the generated key reference -->";

    private readonly ObjectSchema _root;
    private readonly string _begin;

    public StudyDocPage(string relativePath, string schemaFile, ObjectSchema root)
    {
        RelativePath = relativePath;
        _root = root;
        _begin = $"<!-- Key reference generated from {schemaFile} by src/AdoptionSim.IO/Studies/StudyDocPage.cs.";
    }

    /// <summary>The page, relative to the repository root.</summary>
    public string RelativePath { get; }

    /// <summary>The reference, markers included: the root's keys, then each list item's and each object's.</summary>
    public string Generate()
    {
        var md = new StringBuilder();
        md.Append(_begin).Append("\n     Do not edit by hand: regenerate with\n")
            .Append("     UPDATE_DOCS=1 dotnet test tests/AdoptionSim.IO.Tests -c Release --filter StudyDocsTests -->\n");
        md.Append($"\n### Keys\n\n{_root.Doc} Keys not listed here are errors.\n\n");
        ExperimentDocs.Table(md, _root, _root.CreateDefault(), "");
        foreach (var field in _root.Fields)
        {
            var (item, path) = field.Schema switch
            {
                ListSchema { Item: ObjectSchema listed } => (listed, $"{field.Key}[]"),
                ObjectSchema nested => (nested, field.Key),
                _ => (null, ""),
            };
            if (item is null) continue;
            md.Append($"\n### `{path}`\n\n{item.Doc}\n\n");
            ExperimentDocs.Table(md, item, item.CreateDefault(), path);
        }

        md.Append('\n').Append(End).Append('\n');
        return md.ToString();
    }

    /// <summary><paramref name="page"/> with the text between the markers (included) replaced by <see cref="Generate"/>.</summary>
    /// <exception cref="InvalidDataException">The page lacks the markers.</exception>
    public string Splice(string page)
    {
        var begin = page.IndexOf(_begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidDataException($"{RelativePath} has no generated key reference: it needs the lines '{_begin} …' and '{End}'");
        }

        var after = end + End.Length + (page.Length > end + End.Length && page[end + End.Length] == '\n' ? 1 : 0);
        return page[..begin] + Generate() + page[after..];
    }
}

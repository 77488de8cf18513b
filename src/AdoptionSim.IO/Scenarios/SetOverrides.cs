using System.Globalization;
using System.Text.RegularExpressions;
using AdoptionSim.Core.Parameters;

namespace AdoptionSim.IO.Scenarios;

/// <summary>
/// <c>--set key.path=value</c> overrides, applied to the merged document after every file. The value is
/// YAML (a scalar or a flow collection such as <c>{micro: 0.7, small: 0.25}</c>); a path segment may index
/// a list (<c>ideas[0].complexity=0.2</c>). Errors are located in a pseudo-file named "--set": the line is
/// the override's position among the --set options (1-based), the column a position in its text.
/// </summary>
internal static partial class SetOverrides
{
    public const string SourceName = "--set";

    public static void Apply(DocMapping root, IReadOnlyList<string> overrides, ObjectSchema? schema, ErrorList errors)
    {
        for (var i = 0; i < overrides.Count; i++)
        {
            ApplyOne(root, overrides[i], i + 1, schema, errors);
        }
    }

    /// <summary>
    /// An override already parsed, written in another file (an experiment's arm <c>set:</c> or grid): the key
    /// path, where the key was written, and the located value. Errors point into that file.
    /// </summary>
    public sealed record NodeOverride(string Path, SourceLocation KeyAt, DocNode Value);

    public static void Apply(DocMapping root, IReadOnlyList<NodeOverride> overrides, ObjectSchema? schema, ErrorList errors)
    {
        foreach (var o in overrides)
        {
            var segments = ParsePath(o.Path);
            if (segments is null)
            {
                errors.Add(o.KeyAt, o.Path, $"expected a key path such as adoption.q or ideas[0].complexity, got '{ShownText.Value(o.Path)}'");
                continue;
            }

            ApplyAt(root, segments, Clone(o.Value), column => new SourceLocation(o.KeyAt.File, o.KeyAt.Line, o.KeyAt.Column + column - 1), schema, errors);
        }
    }

    /// <summary>A deep copy, so that applying one override to many scenarios never changes the override itself.</summary>
    private static DocNode Clone(DocNode node) => node switch
    {
        DocMapping m => new DocMapping(m.Location, m.Entries.Select(e => new DocEntry(e.Key, Clone(e.Value))).ToList()),
        DocSequence q => new DocSequence(q.Location, q.Items.Select(Clone).ToList()),
        _ => node,
    };

    /// <summary>Whether a key path is well formed (segments of letters, digits, '_' or '-', each with an optional [index]).</summary>
    public static bool IsKeyPath(string path) => ParsePath(path) is not null;

    private readonly record struct Segment(string Key, int? Index, int Column);

    private static void ApplyOne(DocMapping root, string text, int line, ObjectSchema? schema, ErrorList errors)
    {
        var equals = text.IndexOf('=');
        var segments = equals > 0 ? ParsePath(text[..equals]) : null;
        if (segments is null)
        {
            errors.Add(new SourceLocation(SourceName, line, 1), "", $"expected key.path=value (e.g. adoption.q=0.5), got '{ShownText.Value(text)}'");
            return;
        }

        var value = ParseValue(text[(equals + 1)..], line, equals + 1, errors);
        if (value is null)
        {
            return;
        }

        ApplyAt(root, segments, value, column => new SourceLocation(SourceName, line, column), schema, errors);
    }

    private static void ApplyAt(DocMapping root, List<Segment> segments, DocNode value, Func<int, SourceLocation> locate, ObjectSchema? schema, ErrorList errors)
    {
        DocNode current = root;
        ValueSchema? currentSchema = schema;
        var path = "";
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            var at = locate(segment.Column);
            var last = s == segments.Count - 1;
            if (current is not DocMapping mapping)
            {
                errors.Add(at, path, $"--set cannot reach inside '{path}': it is {current.Describe()}, not a mapping");
                return;
            }

            path = LocationIndex.Join(path, segment.Key);
            var childSchema = DocumentMerger.ChildSchema(currentSchema, segment.Key);
            var entry = mapping.Find(segment.Key);
            if (segment.Index is { } index)
            {
                if (entry?.Value is not DocSequence sequence || index >= sequence.Items.Count)
                {
                    var count = entry?.Value is DocSequence seq ? seq.Items.Count : 0;
                    errors.Add(at, $"{path}[{index}]", $"no list item [{index}] to set: '{path}' has {count} item{(count == 1 ? "" : "s")} written");
                    return;
                }

                path = $"{path}[{index}]";
                childSchema = (childSchema as ListSchema)?.Item;
                if (last)
                {
                    sequence.Items[index] = DocumentMerger.Merge(sequence.Items[index], value, childSchema);
                    return;
                }

                current = sequence.Items[index];
            }
            else if (last)
            {
                var key = new DocScalar(at, segment.Key, false);
                var merged = entry is null ? value : DocumentMerger.Merge(entry.Value, value, childSchema);
                Replace(mapping, entry, new DocEntry(key, merged));
                return;
            }
            else
            {
                if (entry is null || entry.Value is DocScalar { IsNull: true })
                {
                    var created = new DocEntry(new DocScalar(at, segment.Key, false), new DocMapping(at, []));
                    Replace(mapping, entry, created);
                    entry = created;
                }

                current = entry.Value;
            }

            currentSchema = childSchema;
        }
    }

    private static void Replace(DocMapping mapping, DocEntry? old, DocEntry replacement)
    {
        var i = old is null ? -1 : mapping.Entries.IndexOf(old);
        if (i < 0)
        {
            mapping.Entries.Add(replacement);
        }
        else
        {
            mapping.Entries[i] = replacement;
        }
    }

    private static DocNode? ParseValue(string text, int line, int offset, ErrorList errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DocScalar(new SourceLocation(SourceName, line, offset + 1), null, false);
        }

        return YamlDocumentReader.Read(text, errors, mark => new SourceLocation(SourceName, line, offset + (int)mark.Column));
    }

    /// <summary>Segments of "a.b[2].c" with the 1-based column where each starts; null if malformed.</summary>
    private static List<Segment>? ParsePath(string path)
    {
        var segments = new List<Segment>();
        var column = 1;
        foreach (var part in path.Split('.'))
        {
            var match = SegmentPattern().Match(part);
            if (!match.Success)
            {
                return null;
            }

            int? index = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null;
            segments.Add(new Segment(match.Groups[1].Value, index, column));
            column += part.Length + 1;
        }

        return segments;
    }

    [GeneratedRegex(@"^([A-Za-z0-9_\-]+)(?:\[(\d{1,6})\])?$")]
    private static partial Regex SegmentPattern();
}

using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AdoptionSim.IO.Scenarios;

/// <summary>
/// Reads one YAML document into a located <see cref="DocNode"/> tree with YamlDotNet's event parser.
/// Syntax errors, duplicate keys and non-scalar keys become located errors; a document that cannot be
/// read at all gives null.
/// </summary>
internal sealed partial class YamlDocumentReader
{
    private readonly ErrorList _errors;
    private readonly Func<Mark, SourceLocation> _locate;
    private readonly Dictionary<string, DocNode> _anchors = new(StringComparer.Ordinal);

    private YamlDocumentReader(ErrorList errors, Func<Mark, SourceLocation> locate)
    {
        _errors = errors;
        _locate = locate;
    }

    /// <summary>Reads <paramref name="text"/>; an empty document is an empty mapping at its start.</summary>
    public static DocNode? Read(string text, string file, ErrorList errors) =>
        Read(text, errors, mark => new SourceLocation(file, (int)mark.Line, (int)mark.Column));

    /// <summary>Reads text whose positions are mapped by <paramref name="locate"/> (e.g. a value inside a --set argument).</summary>
    public static DocNode? Read(string text, ErrorList errors, Func<Mark, SourceLocation> locate)
    {
        var reader = new YamlDocumentReader(errors, locate);
        var parser = new Parser(new StringReader(text));
        try
        {
            return reader.ReadStream(parser);
        }
        catch (YamlException e)
        {
            errors.Add(locate(e.Start), "", "YAML syntax error: " + WithoutPosition(e.Message));
            return null;
        }
    }

    private DocNode? ReadStream(Parser parser)
    {
        var start = parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return new DocMapping(_locate(start.Start), []);
        }

        parser.Consume<DocumentStart>();
        var root = ReadNode(parser);
        parser.Consume<DocumentEnd>();
        if (parser.Accept<DocumentStart>(out var second))
        {
            _errors.Add(_locate(second.Start), "", "a scenario file holds one YAML document; remove the second '---'");
        }

        return root;
    }

    private DocNode ReadNode(Parser parser)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return target;
            }

            _errors.Add(_locate(alias.Start), "", $"unknown anchor '*{alias.Value.Value}'");
            return new DocScalar(_locate(alias.Start), null, false);
        }

        return parser.Current switch
        {
            Scalar scalar => (DocNode)ReadScalar(parser, scalar),
            MappingStart => ReadMapping(parser),
            SequenceStart => ReadSequence(parser),
            var other => throw new YamlException(other!.Start, other.End, $"unexpected {other.GetType().Name}"),
        };
    }

    private DocScalar ReadScalar(Parser parser, Scalar scalar)
    {
        parser.MoveNext();
        var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        var isNull = plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
        var node = new DocScalar(_locate(scalar.Start), isNull ? null : scalar.Value, !plain);
        Remember(scalar.Anchor, node);
        return node;
    }

    private DocMapping ReadMapping(Parser parser)
    {
        var start = parser.Consume<MappingStart>();
        var mapping = new DocMapping(_locate(start.Start), []);
        Remember(start.Anchor, mapping);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser);
            var value = ReadNode(parser);
            if (keyNode is not DocScalar { IsNull: false } key)
            {
                _errors.Add(keyNode.Location, "", $"a key must be a name, got {keyNode.Describe()}");
                continue;
            }

            if (mapping.Find(key.Text!) is { } first)
            {
                _errors.Add(key.Location, "", $"duplicate key '{key.Text}' (first written at line {first.Key.Location.Line})");
                continue;
            }

            mapping.Entries.Add(new DocEntry(key, value));
        }

        return mapping;
    }

    private DocSequence ReadSequence(Parser parser)
    {
        var start = parser.Consume<SequenceStart>();
        var sequence = new DocSequence(_locate(start.Start), []);
        Remember(start.Anchor, sequence);
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            sequence.Items.Add(ReadNode(parser));
        }

        return sequence;
    }

    private void Remember(AnchorName anchor, DocNode node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }
    }

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is ours to print.</summary>
    private static string WithoutPosition(string message) => PositionPrefix().Replace(message, "");

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}

using System.Text.RegularExpressions;
using AdoptionSim.Core.Parameters;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AdoptionSim.IO.Scenarios;

/// <summary>
/// Reads one YAML document into a located <see cref="DocNode"/> tree with YamlDotNet's event parser.
/// Syntax errors, duplicate keys and non-scalar keys become located errors; a document that cannot be
/// read at all gives null. Hostile shapes are refused, not followed: nesting deeper than
/// <see cref="MaxDepth"/> (the reader and binder recurse) and aliases that expand to far more nodes than the
/// file holds (an alias bomb: the tree shares the nodes, but every walker after the reader would expand them).
/// </summary>
internal sealed partial class YamlDocumentReader
{
    /// <summary>Deepest nesting of mappings and lists accepted; scenario and experiment files need fewer than ten.</summary>
    public const int MaxDepth = 64;

    /// <summary>Nodes that aliases may add beyond <see cref="AliasExpansionRatio"/> times the nodes written.</summary>
    public const long AliasExpansionAllowance = 100_000;

    /// <summary>How many times the written nodes aliases may expand a document to (plus the allowance).</summary>
    public const long AliasExpansionRatio = 10;

    private readonly ErrorList _errors;
    private readonly Func<Mark, SourceLocation> _locate;
    private readonly Dictionary<string, (DocNode Node, long Size)> _anchors = new(StringComparer.Ordinal);

    /// <summary>Nodes written in the text, and nodes of the tree with every alias expanded (saturating).</summary>
    private long _written;
    private long _expanded;
    private bool _tooDeep;

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
        if (FlowNestingBeyond(text, MaxFlowDepthScanned) is { } deep)
        {
            errors.Add(locate(deep), "", $"mappings and lists are nested more than {MaxDepth} deep; a scenario needs a handful of levels");
            return null;
        }

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
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner fails this way on some malformed text (found by fuzzing, e.g. a plain scalar
            // cut inside a flow mapping): still a syntax error, placed where reading last got to.
            errors.Add(locate(reader.LastMark), "", "YAML syntax error: the YAML reader could not read on from here");
            return null;
        }
    }

    /// <summary>Where the last event read started: the place to report a failure of the reader itself.</summary>
    private Mark LastMark { get; set; } = Mark.Empty;

    /// <summary>
    /// Flow nesting ([ and {) checked on the text before YamlDotNet sees it: its scanner takes time quadratic in
    /// the depth (100,000 brackets: minutes), so a hostile file is stopped by this linear scan. Brackets inside
    /// quotes and comments are skipped; the bound is far above <see cref="MaxDepth"/>, which the reader enforces.
    /// </summary>
    private const int MaxFlowDepthScanned = 1000;

    private static Mark? FlowNestingBeyond(string text, int limit)
    {
        var depth = 0;
        var line = 1;
        var column = 1;
        var quote = '\0';
        var comment = false;
        for (var i = 0; i < text.Length; i++, column++)
        {
            var c = text[i];
            if (c == '\n')
            {
                // A quote left open at the end of a line ends there: an apostrophe in a plain scalar (O'Brien)
                // must not hide the brackets that follow; multi-line quoted text only ever over-counts.
                (line, column, comment, quote) = (line + 1, 0, false, '\0');
                continue;
            }

            if (comment)
            {
                continue;
            }

            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    break;
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    comment = true;
                    break;
                case '[' or '{' when ++depth > limit:
                    return new Mark(i, line, column);
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }

    private DocNode? ReadStream(Parser parser)
    {
        var start = parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return new DocMapping(_locate(start.Start), []);
        }

        var documentStart = parser.Consume<DocumentStart>();
        var root = ReadNode(parser, 0);
        parser.Consume<DocumentEnd>();
        if (parser.Accept<DocumentStart>(out var second))
        {
            _errors.Add(_locate(second.Start), "", "a scenario file holds one YAML document; remove the second '---'");
        }

        if (_tooDeep)
        {
            return null;
        }

        if (_expanded > AliasExpansionRatio * _written + AliasExpansionAllowance)
        {
            _errors.Add(_locate(documentStart.Start), "",
                $"its aliases (*name) expand {_written:N0} written values to more than {AliasExpansionRatio * _written + AliasExpansionAllowance:N0}: an alias bomb? Write the values out instead");
            return null;
        }

        return root;
    }

    private DocNode ReadNode(Parser parser, int depth)
    {
        LastMark = parser.Current?.Start ?? LastMark;
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                _written++;
                _expanded = SaturatingAdd(_expanded, target.Size);
                return target.Node;
            }

            _errors.Add(_locate(alias.Start), "", $"unknown anchor '*{ShownText.Value(alias.Value.Value)}'");
            return new DocScalar(_locate(alias.Start), null, false);
        }

        if (depth >= MaxDepth && parser.Current is MappingStart or SequenceStart)
        {
            // Skipped without recursion; one error for the first place found.
            if (!_tooDeep)
            {
                _errors.Add(_locate(parser.Current.Start), "", $"mappings and lists are nested more than {MaxDepth} deep; a scenario needs a handful of levels");
            }

            _tooDeep = true;
            var at = _locate(parser.Current.Start);
            parser.SkipThisAndNestedEvents();
            return new DocScalar(at, null, false);
        }

        var startExpanded = _expanded;
        _written++;
        _expanded = SaturatingAdd(_expanded, 1);
        var (node, anchor) = parser.Current switch
        {
            Scalar scalar => ((DocNode)ReadScalar(parser, scalar), scalar.Anchor),
            MappingStart start => (ReadMapping(parser, depth), start.Anchor),
            SequenceStart start => (ReadSequence(parser, depth), start.Anchor),
            var other => throw new YamlException(other!.Start, other.End, $"unexpected {other.GetType().Name}"),
        };
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = (node, _expanded - startExpanded);
        }

        return node;
    }

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private DocScalar ReadScalar(Parser parser, Scalar scalar)
    {
        parser.MoveNext();
        var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        var isNull = plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
        return new DocScalar(_locate(scalar.Start), isNull ? null : scalar.Value, !plain);
    }

    private DocMapping ReadMapping(Parser parser, int depth)
    {
        var start = parser.Consume<MappingStart>();
        var mapping = new DocMapping(_locate(start.Start), []);
        // Keys seen so far, for duplicates: a lookup per key keeps reading linear in the number of keys.
        var seen = new Dictionary<string, DocEntry>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, depth + 1);
            var value = ReadNode(parser, depth + 1);
            if (keyNode is not DocScalar { IsNull: false } key)
            {
                _errors.Add(keyNode.Location, "", $"a key must be a name, got {keyNode.Describe()}");
                continue;
            }

            if (seen.TryGetValue(key.Text!, out var first))
            {
                _errors.Add(key.Location, "", $"duplicate key '{ShownText.Value(key.Text)}' (first written at line {first.Key.Location.Line})");
                continue;
            }

            var entry = new DocEntry(key, value);
            seen.Add(key.Text!, entry);
            mapping.Entries.Add(entry);
        }

        return mapping;
    }

    private DocSequence ReadSequence(Parser parser, int depth)
    {
        var start = parser.Consume<SequenceStart>();
        var sequence = new DocSequence(_locate(start.Start), []);
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            sequence.Items.Add(ReadNode(parser, depth + 1));
        }

        return sequence;
    }

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is ours to print.</summary>
    private static string WithoutPosition(string message) => PositionPrefix().Replace(message, "");

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}

using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace AdoptionSim.Cli.Tests.Fuzz;

/// <summary>
/// A YAML tree the fuzzer can damage in ways a real YAML library would refuse to build: duplicate keys,
/// non-scalar keys, aliases to anchors anywhere, any nesting. Emitted as text in block style (flow style inside
/// flow collections), scalars plain, single- or double-quoted as each says.
/// </summary>
internal abstract class YNode
{
    public string? Anchor { get; set; }

    public abstract YNode Clone();

    /// <summary>A template's tree, parsed from YAML text.</summary>
    public static YNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return From(stream.Documents[0].RootNode);
    }

    private static YNode From(YamlNode node) => node switch
    {
        YamlScalarNode s => new YScalar(s.Value ?? "", s.Style switch
        {
            YamlDotNet.Core.ScalarStyle.SingleQuoted => Quoting.Single,
            YamlDotNet.Core.ScalarStyle.DoubleQuoted => Quoting.Double,
            _ => Quoting.Plain,
        }),
        YamlSequenceNode q => new YList(q.Children.Select(From).ToList()),
        YamlMappingNode m => new YMap(m.Children.Select(kv => (From(kv.Key), From(kv.Value))).ToList()),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };
}

internal enum Quoting { Plain, Single, Double }

internal sealed class YScalar(string text, Quoting quoting = Quoting.Plain) : YNode
{
    public string Text { get; set; } = text;
    public Quoting Quoting { get; set; } = quoting;

    public override YNode Clone() => new YScalar(Text, Quoting) { Anchor = Anchor };
}

internal sealed class YList(List<YNode> items, bool flow = false) : YNode
{
    public List<YNode> Items { get; } = items;
    public bool Flow { get; set; } = flow;

    public override YNode Clone() => new YList(Items.Select(i => i.Clone()).ToList(), Flow) { Anchor = Anchor };
}

internal sealed class YMap(List<(YNode Key, YNode Value)> entries, bool flow = false) : YNode
{
    public List<(YNode Key, YNode Value)> Entries { get; } = entries;
    public bool Flow { get; set; } = flow;

    public YNode? Get(string key) => Entries.FirstOrDefault(e => e.Key is YScalar s && s.Text == key).Value;

    public void Set(string key, YNode value)
    {
        var i = Entries.FindIndex(e => e.Key is YScalar s && s.Text == key);
        if (i >= 0) Entries[i] = (Entries[i].Key, value);
        else Entries.Add((new YScalar(key), value));
    }

    public override YNode Clone() => new YMap(Entries.Select(e => (e.Key.Clone(), e.Value.Clone())).ToList(), Flow) { Anchor = Anchor };
}

/// <summary>Text emitted as it is, in flow position: deep nesting built as text, so that no walker here recurses through it.</summary>
internal sealed class YRaw(string text) : YNode
{
    public string Text { get; } = text;

    public override YNode Clone() => new YRaw(Text);
}

internal sealed class YAlias(string name) : YNode
{
    public string Name { get; } = name;

    public override YNode Clone() => new YAlias(Name);
}

/// <summary>Writes a <see cref="YNode"/> tree as YAML text.</summary>
internal static class YamlEmitter
{
    public static string Emit(YNode root)
    {
        var text = new StringBuilder();
        if (root is YMap { Flow: false, Entries.Count: > 0 } or YList { Flow: false, Items.Count: > 0 })
        {
            if (root.Anchor is not null) text.Append('&').Append(root.Anchor).Append('\n');
            Block(root, 0, text);
        }
        else
        {
            text.Append(Flow(root)).Append('\n');
        }

        return text.ToString();
    }

    private static void Block(YNode node, int indent, StringBuilder text)
    {
        var pad = new string(' ', indent);
        switch (node)
        {
            case YMap { Flow: false, Entries.Count: > 0 } map:
                foreach (var (key, value) in map.Entries)
                {
                    var keyText = key is YScalar or YAlias ? Flow(key) : "? " + Flow(key) + "\n" + pad;
                    text.Append(pad).Append(keyText).Append(':');
                    Value(value, indent, text);
                }

                break;
            case YList { Flow: false, Items.Count: > 0 } list:
                foreach (var item in list.Items)
                {
                    text.Append(pad).Append('-');
                    Value(item, indent, text);
                }

                break;
            default:
                text.Append(pad).Append(Flow(node)).Append('\n');
                break;
        }
    }

    /// <summary>The value after "key:" or "-": inline when it is a scalar, an alias or a flow collection, else on the lines below.</summary>
    private static void Value(YNode value, int indent, StringBuilder text)
    {
        if (value is YMap { Flow: false, Entries.Count: > 0 } or YList { Flow: false, Items.Count: > 0 })
        {
            if (value.Anchor is not null) text.Append(" &").Append(value.Anchor);
            text.Append('\n');
            Block(value, indent + 2, text);
        }
        else
        {
            text.Append(' ').Append(Flow(value)).Append('\n');
        }
    }

    public static string Flow(YNode node)
    {
        var anchor = node.Anchor is null ? "" : $"&{node.Anchor} ";
        return node switch
        {
            YAlias a => "*" + a.Name,
            YRaw r => r.Text,
            YScalar s => anchor + Scalar(s),
            YList l => anchor + "[" + string.Join(", ", l.Items.Select(Flow)) + "]",
            YMap m => anchor + "{" + string.Join(", ", m.Entries.Select(e => Flow(e.Key) + ": " + Flow(e.Value))) + "}",
            _ => throw new InvalidOperationException(node.GetType().Name),
        };
    }

    private static string Scalar(YScalar s) => s.Quoting switch
    {
        Quoting.Single => "'" + s.Text.Replace("'", "''") + "'",
        Quoting.Double => "\"" + EscapeDouble(s.Text) + "\"",
        _ => s.Text,
    };

    private static string EscapeDouble(string text)
    {
        var b = new StringBuilder();
        foreach (var c in text)
        {
            b.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return b.ToString();
    }
}

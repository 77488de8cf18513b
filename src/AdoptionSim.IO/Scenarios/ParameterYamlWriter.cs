using System.Text;
using AdoptionSim.Core.Parameters;

namespace AdoptionSim.IO.Scenarios;

/// <summary>
/// Writes a parameter tree as YAML through its schema, in schema order (maps in the order written), so the
/// same values always give the same text and the text loads back to the same values.
/// </summary>
public static class ParameterYamlWriter
{
    public static string Write(ObjectSchema schema, object value)
    {
        var text = new StringBuilder();
        WriteFields(text, schema, value, 0);
        return text.ToString();
    }

    /// <summary>A value on one line if it fits on one (scalars, empty collections, maps of scalars), else null.</summary>
    public static string? Inline(ValueSchema schema, object? value) => (schema, value) switch
    {
        (_, null) => "null",
        (ScalarSchema scalar, _) => scalar.Format(value),
        (ListSchema list, _) when list.Items(value).Count == 0 => "[]",
        (MapSchema map, _) when map.Entries(value).Count == 0 => "{}",
        (MapSchema { Value: ScalarSchema scalar } map, _) =>
            "{" + string.Join(", ", map.Entries(value).Select(e => $"{YamlText.Quote(e.Key)}: {scalar.Format(e.Value)}")) + "}",
        (ListSchema { Item: ScalarSchema scalar } list, _) =>
            "[" + string.Join(", ", list.Items(value).Select(scalar.Format)) + "]",
        _ => null,
    };

    private static void WriteFields(StringBuilder text, ObjectSchema schema, object value, int indent, bool firstOnDashLine = false)
    {
        var pad = new string(' ', indent);
        for (var i = 0; i < schema.Fields.Count; i++)
        {
            var field = schema.Fields[i];
            var linePad = firstOnDashLine && i == 0 ? "" : pad;
            WriteEntry(text, linePad, indent, YamlText.Quote(field.Key), field.Schema, field.GetValue(value));
        }
    }

    private static void WriteEntry(StringBuilder text, string linePad, int indent, string key, ValueSchema schema, object? value)
    {
        if (Inline(schema, value) is { } inline)
        {
            text.Append(linePad).Append(key).Append(": ").Append(inline).Append('\n');
            return;
        }

        text.Append(linePad).Append(key).Append(":\n");
        WriteBlock(text, schema, value!, indent + 2);
    }

    private static void WriteBlock(StringBuilder text, ValueSchema schema, object value, int indent)
    {
        var pad = new string(' ', indent);
        switch (schema)
        {
            case ObjectSchema obj:
                WriteFields(text, obj, value, indent);
                break;
            case MapSchema map:
                foreach (var (key, entry) in map.Entries(value))
                {
                    WriteEntry(text, pad, indent, YamlText.Quote(key), map.Value, entry);
                }

                break;
            case ListSchema list:
                foreach (var item in list.Items(value))
                {
                    text.Append(pad).Append("- ");
                    if (item is not null && list.Item is ObjectSchema itemSchema)
                    {
                        WriteFields(text, itemSchema, item, indent + 2, firstOnDashLine: true);
                    }
                    else
                    {
                        text.Append(Inline(list.Item, item) ?? "null").Append('\n');
                    }
                }

                break;
        }
    }
}

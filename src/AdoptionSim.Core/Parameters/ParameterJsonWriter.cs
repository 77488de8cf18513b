using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AdoptionSim.Core.Parameters;

/// <summary>
/// Writes a parameter tree as indented JSON through its schema: keys are the file keys, in schema order
/// (then the <see cref="ObjectSchema.DerivedFields"/>), maps in the order written, choices by name. Numbers
/// are written as <see cref="Utf8JsonWriter"/> writes them (shortest round-trip text), so the same values
/// always give the same bytes: run provenance hashes this text.
/// </summary>
public static class ParameterJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ObjectSchema schema, object value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            WriteValue(writer, schema, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter writer, ValueSchema schema, object? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        switch (schema)
        {
            case ObjectSchema obj:
                writer.WriteStartObject();
                foreach (var field in obj.Fields.Concat(obj.DerivedFields))
                {
                    writer.WritePropertyName(field.Key);
                    WriteValue(writer, field.Schema, field.GetValue(value));
                }

                writer.WriteEndObject();
                break;
            case ListSchema list:
                writer.WriteStartArray();
                foreach (var item in list.Items(value))
                {
                    WriteValue(writer, list.Item, item);
                }

                writer.WriteEndArray();
                break;
            case MapSchema map:
                writer.WriteStartObject();
                foreach (var (key, entry) in map.Entries(value))
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, map.Value, entry);
                }

                writer.WriteEndObject();
                break;
            case NumberSchema:
                writer.WriteNumberValue((double)value);
                break;
            case IntegerSchema { Wide: true }:
                writer.WriteNumberValue((long)value);
                break;
            case IntegerSchema:
                writer.WriteNumberValue((int)value);
                break;
            case BooleanSchema:
                writer.WriteBooleanValue((bool)value);
                break;
            case ChoiceSchema choice:
                writer.WriteStringValue(choice.NameOf(value));
                break;
            case StringSchema:
                writer.WriteStringValue((string)value);
                break;
            default:
                throw new InvalidOperationException($"no JSON form for {schema.GetType().Name}");
        }
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AdoptionSim.Serve;

/// <summary>
/// Reads the page's run request, <c>{"scenario": "bass", "seed": "7", "params": {"adoption.q": 0.5}}</c> or
/// <c>{"yaml": "…"}</c>, checking its shape; what the values mean is checked later by the scenario schema.
/// </summary>
internal static partial class RunInputReader
{
    public static RunInput Read(JsonElement root)
    {
        var errors = new List<InputError>();
        if (root.ValueKind != JsonValueKind.Object) throw new ServeInputException([new InputError("expected a JSON object", null)]);
        var scenario = Text(root, "scenario", errors);
        var yaml = Text(root, "yaml", errors);
        var networkCity = Text(root, "networkCity", errors);
        long? seed = null;
        if (root.TryGetProperty("seed", out var s) && s.ValueKind != JsonValueKind.Null)
        {
            var text = s.ValueKind is JsonValueKind.Number or JsonValueKind.String ? (s.ValueKind == JsonValueKind.String ? s.GetString()! : s.GetRawText()) : null;
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) seed = value;
            else errors.Add(new InputError($"seed: expected a whole number, got {s.GetRawText()}", "seed"));
        }

        var parameters = new List<KeyValuePair<string, string>>();
        if (root.TryGetProperty("params", out var p) && p.ValueKind != JsonValueKind.Null)
        {
            if (p.ValueKind != JsonValueKind.Object) errors.Add(new InputError("params: expected an object of parameter values", null));
            else
                foreach (var property in p.EnumerateObject())
                {
                    if (Value(property.Value) is { } value) parameters.Add(new(property.Name, value));
                    else errors.Add(new InputError($"{property.Name}: expected a number or true/false, got {property.Value.GetRawText()}", property.Name));
                }
        }

        if (errors.Count > 0) throw new ServeInputException(errors);
        return new RunInput(scenario, yaml, seed, parameters, networkCity);
    }

    private static string? Text(JsonElement root, string name, List<InputError> errors)
    {
        if (!root.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
        if (e.ValueKind == JsonValueKind.String) return e.GetString();
        errors.Add(new InputError($"{name}: expected text, got {e.GetRawText()}", null));
        return null;
    }

    /// <summary>A parameter value as YAML text: a JSON number or boolean, or a string spelling one (from a link).</summary>
    private static string? Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.String when ScalarText().IsMatch(e.GetString()!) => e.GetString(),
        _ => null,
    };

    [GeneratedRegex(@"^(true|false|[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?)$")]
    private static partial Regex ScalarText();
}

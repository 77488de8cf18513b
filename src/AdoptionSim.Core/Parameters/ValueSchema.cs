namespace AdoptionSim.Core.Parameters;

/// <summary>
/// Describes the shape of one value in a parameter tree: a scalar, an object with named fields, a list
/// or a map with string keys. Schemas are plain data plus typed delegates, so a loader can bind a parsed
/// document to objects and a generator can document every key, without reflection.
/// </summary>
public abstract class ValueSchema
{
    /// <summary>Whether null is a valid value (an optional field: null means "use the default rule").</summary>
    public bool Nullable { get; init; }

    /// <summary>Short type name for documentation and messages, e.g. "number", "list of city".</summary>
    public abstract string TypeName { get; }

    /// <summary>Allowed range or values for documentation, e.g. "[0, 1]"; "" when anything of the type goes.</summary>
    public virtual string RangeText => "";
}

/// <summary>The result of reading a scalar's text: a boxed value of the schema's CLR type, or why not.</summary>
public readonly record struct ScalarParse(object? Value, string? Error)
{
    public bool Ok => Error is null;

    public static ScalarParse Success(object? value) => new(value, null);

    public static ScalarParse Failure(string error) => new(null, error);
}

/// <summary>A value written as one piece of text (number, integer, boolean, string, choice).</summary>
public abstract class ScalarSchema : ValueSchema
{
    /// <summary>
    /// Reads a scalar. <paramref name="text"/> is null for a null literal; <paramref name="quoted"/> says the
    /// author wrote a quoted string, which is never taken for a number or a boolean.
    /// </summary>
    public ScalarParse Parse(string? text, bool quoted)
    {
        if (text is null)
        {
            return Nullable ? ScalarParse.Success(null) : ScalarParse.Failure($"expected {ExpectedText}, got null");
        }

        return ParseText(text, quoted);
    }

    /// <summary>How a value of this scalar is written back as YAML (invariant culture, round-trippable).</summary>
    public string Format(object? value) => value is null ? "null" : FormatValue(value);

    /// <summary>"a number", "an integer", "true or false" …, for "expected …, got …" messages.</summary>
    public abstract string ExpectedText { get; }

    protected abstract ScalarParse ParseText(string text, bool quoted);

    protected abstract string FormatValue(object value);

    /// <summary>How the offending text is shown in messages: plain text in quotes, quoted strings as strings.</summary>
    protected static string Shown(string text, bool quoted) => quoted ? $"the string \"{ShownText.Value(text)}\"" : $"'{ShownText.Value(text)}'";
}

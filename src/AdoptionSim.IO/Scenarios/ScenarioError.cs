using AdoptionSim.Core.Parameters;

namespace AdoptionSim.IO.Scenarios;

/// <summary>Where something was written: a file (or "--set"), 1-based line and column; 0 when unknown.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}

/// <summary>
/// One problem with a scenario, located so that editors can jump to it:
/// <c>file:line:col: field.path: message</c> (the position is left out when there is none, e.g. a missing
/// file, and the path when the problem is not about one field, e.g. a YAML syntax error).
/// </summary>
public sealed record ScenarioError(string File, int Line, int Column, string FieldPath, string Message)
{
    /// <summary>The field path, on one line and cut short (a path can hold keys from the file).</summary>
    public string FieldPath { get; init; } = ShownText.Value(FieldPath, 2 * ShownText.MaxValueLength);

    /// <summary>
    /// The message, on one line and at most <see cref="ShownText.MaxMessageLength"/> characters: values are cut
    /// to 120 characters where they are quoted, and this backstop holds for any that were not.
    /// </summary>
    public string Message { get; init; } = ShownText.Message(Message);

    public ScenarioError(SourceLocation at, string fieldPath, string message)
        : this(at.File, at.Line, at.Column, fieldPath, message)
    {
    }

    public SourceLocation Location => new(File, Line, Column);

    public override string ToString() =>
        FieldPath.Length > 0 ? $"{Location}: {FieldPath}: {Message}" : $"{Location}: {Message}";
}

/// <summary>A scenario that cannot be loaded, with every problem found (not just the first).</summary>
public sealed class ScenarioException(IReadOnlyList<ScenarioError> errors)
    : Exception(Describe(errors))
{
    public IReadOnlyList<ScenarioError> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<ScenarioError> errors) =>
        $"The scenario has {errors.Count} error{(errors.Count == 1 ? "" : "s")}:{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors);
}

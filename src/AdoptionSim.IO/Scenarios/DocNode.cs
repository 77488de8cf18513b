using AdoptionSim.Core.Parameters;

namespace AdoptionSim.IO.Scenarios;

/// <summary>
/// A parsed YAML document as a small tree whose every node remembers where it was written. Files that
/// extend others and <c>--set</c> overrides are merged as trees before binding, so each value keeps the
/// location of the file it came from.
/// </summary>
internal abstract class DocNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>How the node is named in "expected …, got …" messages.</summary>
    public abstract string Describe();
}

/// <summary>A scalar; <see cref="Text"/> is null for a null literal (null, ~, or nothing).</summary>
internal sealed class DocScalar(SourceLocation location, string? text, bool quoted) : DocNode(location)
{
    public string? Text { get; } = text;

    /// <summary>Written quoted (or as a block scalar): a string, never a number or boolean.</summary>
    public bool Quoted { get; } = quoted;

    public bool IsNull => Text is null;

    public override string Describe() => Text is null ? "null" : Quoted ? $"the string \"{ShownText.Value(Text)}\"" : $"'{ShownText.Value(Text)}'";
}

internal sealed record DocEntry(DocScalar Key, DocNode Value)
{
    public string Name => Key.Text ?? "";
}

/// <summary>A mapping, in the order written.</summary>
internal sealed class DocMapping(SourceLocation location, List<DocEntry> entries) : DocNode(location)
{
    public List<DocEntry> Entries { get; } = entries;

    public DocEntry? Find(string key) => Entries.Find(e => e.Name == key);

    public override string Describe() => "a mapping";
}

internal sealed class DocSequence(SourceLocation location, List<DocNode> items) : DocNode(location)
{
    public List<DocNode> Items { get; } = items;

    public override string Describe() => "a list";
}

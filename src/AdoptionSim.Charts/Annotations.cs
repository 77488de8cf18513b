namespace AdoptionSim.Charts;

/// <summary>
/// A label to the right of the plot for the line ending at (X, Y) in data units. Labels are nudged
/// vertically so they do not overlap, and a short leader joins each to its line end.
/// </summary>
public sealed record EndLabel(double X, double Y, string Text, string Color);

/// <summary>A horizontal line across the plot at Y (zero, a target, …), with an optional label.</summary>
public sealed record ReferenceLine(double Y, string? Label = null)
{
    public string Color { get; init; } = "#444444";
    public bool Dashed { get; init; } = true;
}

/// <summary>Free text at (X, Y) in data units.</summary>
public sealed record TextLabel(double X, double Y, string Text, string Color = "#222222")
{
    public TextAnchor Anchor { get; init; } = TextAnchor.Start;
}

public enum TextAnchor { Start, Middle, End }

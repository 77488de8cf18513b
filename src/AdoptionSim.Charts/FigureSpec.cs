namespace AdoptionSim.Charts;

/// <summary>What every figure has: a title, an optional subtitle and a size in pixels (slide size by default).</summary>
public abstract record FigureSpec
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public double Width { get; init; } = 960;
    public double Height { get; init; } = 600;
}

namespace AdoptionSim.Charts;

/// <summary>
/// Circles at projected longitude/latitude, area proportional to <see cref="Bubble.Size"/> and filled by
/// <see cref="Bubble.ColorValue"/> on a sequential colour scale shown as a colour bar. The projection is
/// equirectangular with longitude scaled by cos(mean latitude): close enough for a country the size of
/// the UK. An optional <see cref="Outline"/> (e.g. <see cref="UkCoastline"/>) is drawn underneath.
/// </summary>
public sealed record BubbleMapSpec : FigureSpec
{
    /// <summary>Land outline drawn under the circles (rings in degrees); null for none. The map's frame covers it.</summary>
    public IReadOnlyList<MapPolygon>? Outline { get; init; }

    public required IReadOnlyList<Bubble> Bubbles { get; init; }

    /// <summary>The colour bar: its label, unit, format and optional fixed range.</summary>
    public required AxisSpec ColorScale { get; init; }

    public required SizeScaleSpec SizeScale { get; init; }
}

/// <summary>One circle. A NaN colour value is drawn grey ("no data"); a NaN or negative size is left out.</summary>
public sealed record Bubble(string Name, double Longitude, double Latitude, double Size, double ColorValue)
{
    /// <summary>Text drawn beside the circle; null for none (label only the few cities the reader needs).</summary>
    public string? Label { get; init; }
}

/// <summary>
/// How values map to circle area. <see cref="MaxValue"/> fixes the value drawn at
/// <see cref="MaxRadius"/> (so panels can share it); by default it is the largest size in the data.
/// </summary>
public sealed record SizeScaleSpec(string Label)
{
    public double? MaxValue { get; init; }
    public double? MaxRadius { get; init; }
    public TickFormat Format { get; init; } = TickFormat.Number;
}

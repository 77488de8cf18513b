namespace AdoptionSim.Charts;

/// <summary>
/// A grid of panels of one kind (all <see cref="ChartSpec"/> or all <see cref="BubbleMapSpec"/>), filled
/// row by row. Each panel's <see cref="FigureSpec.Title"/> is its panel title; its size and own legend are
/// ignored (the figure's <see cref="Legend"/> is shared). Maps always share the projection, the colour
/// scale and the size scale so that panels can be compared.
/// </summary>
public sealed record SmallMultiplesSpec : FigureSpec
{
    public required IReadOnlyList<FigureSpec> Panels { get; init; }
    public int Columns { get; init; } = 2;

    /// <summary>Charts only: one x range for all panels (usually time).</summary>
    public bool ShareX { get; init; } = true;

    /// <summary>Charts only: one y range for all panels; off when panels measure different things.</summary>
    public bool ShareY { get; init; }

    public LegendSpec? Legend { get; init; }
}

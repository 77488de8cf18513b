namespace AdoptionSim.Charts;

/// <summary>
/// An x–y chart: bands under bars under lines under points, optional reference lines, line-end labels, free text
/// and a legend. Used alone or as a panel of a <see cref="SmallMultiplesSpec"/>.
/// </summary>
public sealed record ChartSpec : FigureSpec
{
    public required AxisSpec X { get; init; }
    public required AxisSpec Y { get; init; }
    public IReadOnlyList<BandSeries> Bands { get; init; } = [];
    public IReadOnlyList<BarSeries> Bars { get; init; } = [];
    public IReadOnlyList<LineSeries> Lines { get; init; } = [];
    public IReadOnlyList<PointSeries> Points { get; init; } = [];
    public IReadOnlyList<ReferenceLine> ReferenceLines { get; init; } = [];
    public IReadOnlyList<EndLabel> EndLabels { get; init; } = [];
    public IReadOnlyList<TextLabel> Labels { get; init; } = [];
    public LegendSpec? Legend { get; init; }
}

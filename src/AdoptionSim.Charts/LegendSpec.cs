namespace AdoptionSim.Charts;

/// <summary>
/// A legend drawn in one or more rows above the plot. Entries are given explicitly so that a figure can
/// show one entry per group while drawing one line per member (say, per class of city and per city).
/// </summary>
public sealed record LegendSpec(IReadOnlyList<LegendEntry> Entries)
{
    public string? Title { get; init; }
}

public sealed record LegendEntry(string Label, string Color, LegendSymbol Symbol = LegendSymbol.Line);

public enum LegendSymbol { Line, DashedLine, Band, Point, LineWithBand }

namespace AdoptionSim.Charts;

/// <summary>
/// A linear axis. The drawn range is the "nice" (Heckbert) range covering the data and, when given,
/// <see cref="Min"/> and <see cref="Max"/>: an explicit bound widens the range but never hides data.
/// </summary>
public sealed record AxisSpec(string Label, string? Unit = null)
{
    public double? Min { get; init; }
    public double? Max { get; init; }
    public TickFormat Format { get; init; } = TickFormat.Number;

    /// <summary>Roughly how many ticks to aim for; the nice step decides the exact count.</summary>
    public int TargetTicks { get; init; } = 6;

    /// <summary>
    /// A categorical axis: category i sits at position i and is labelled by its name instead of a number; the axis
    /// runs from −0.5 to n − 0.5 (for bars, and points placed by category).
    /// </summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>"Label (unit)", the text drawn along the axis.</summary>
    public string Title => string.IsNullOrEmpty(Unit) ? Label : $"{Label} ({Unit})";
}

/// <summary>How tick values are written.</summary>
public enum TickFormat
{
    /// <summary>Fixed decimals with thousands separators: 12,500.</summary>
    Number,

    /// <summary>Fixed decimals without separators, for years and tick numbers: 2030.</summary>
    Plain,

    /// <summary>A fraction shown as a percentage: 0.25 → 25%.</summary>
    Percent,

    /// <summary>A difference of fractions shown in percentage points (the unit goes in the axis label): 0.02 → 2.</summary>
    PercentagePoints,
}

namespace AdoptionSim.Charts;

/// <summary>
/// A line through (X[i], Y[i]). A NaN (or infinite) value breaks the line: the gap is drawn as a gap,
/// not bridged and not written into the SVG.
/// </summary>
public sealed record LineSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, string Color)
{
    public double StrokeWidth { get; init; } = 2;
    public double Opacity { get; init; } = 1;
    public bool Dashed { get; init; }
}

/// <summary>A shaded band between Lower[i] and Upper[i] (a 95% interval, say); NaN splits it into pieces.</summary>
public sealed record BandSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Lower, IReadOnlyList<double> Upper, string Color)
{
    public double Opacity { get; init; } = 0.2;
}

/// <summary>Markers at (X[i], Y[i]); points with a NaN coordinate are left out.</summary>
public sealed record PointSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, string Color)
{
    public double Radius { get; init; } = 4;

    /// <summary>
    /// A label per point (null or missing: none), each placed beside its own point, clear of every point and of
    /// the labels placed before it (in the order given: put the most important first), with a leader line when it
    /// must stand off: the rules of the map's labels (<see cref="MapLabelPlacer"/>), so crowded points stay readable.
    /// </summary>
    public IReadOnlyList<string?> Labels { get; init; } = [];
}

/// <summary>
/// Bars from zero to Value[i] at Position[i], <see cref="Width"/> wide in data units (categories are 1 apart), with
/// optional interval whiskers from Lower[i] to Upper[i] (a 95% interval, say). Vertical by default; with
/// <see cref="Horizontal"/> the positions are on the y axis and the values on the x axis, which suits long
/// category names. Bars with a NaN value are left out; a NaN bound leaves out only its whisker.
/// </summary>
public sealed record BarSeries(string Name, IReadOnlyList<double> Position, IReadOnlyList<double> Value, string Color)
{
    public double Width { get; init; } = 0.6;
    public double Opacity { get; init; } = 0.85;
    public bool Horizontal { get; init; }
    public IReadOnlyList<double>? Lower { get; init; }
    public IReadOnlyList<double>? Upper { get; init; }
}

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
}

namespace AdoptionSim.Charts;

/// <summary>
/// What the panels of a map share: the projected bounds of the cities and the outline (so every panel
/// shows the same country at the same scale), the colour scale and the value drawn at the largest radius.
/// </summary>
internal sealed record MapFrame(double CosLat, double MinX, double MaxX, double MinY, double MaxY, NiceScale Color, AxisSpec ColorAxis,
    double SizeMax, SizeScaleSpec SizeScale)
{
    public const string NoDataColor = "#BDBDBD";

    public static MapFrame For(IReadOnlyList<BubbleMapSpec> maps)
    {
        var located = maps.SelectMany(m => m.Bubbles).Where(b => double.IsFinite(b.Latitude) && double.IsFinite(b.Longitude)).ToList();
        double meanLat = located.Count == 0 ? 0 : located.Average(b => b.Latitude);
        double cos = Math.Cos(meanLat * Math.PI / 180);
        var xs = Extent.Empty;
        var ys = Extent.Empty;
        foreach (var b in located)
        {
            xs.Include(b.Longitude * cos);
            ys.Include(b.Latitude);
        }
        foreach (var ring in maps.Where(m => m.Outline is not null).SelectMany(m => m.Outline!))
        {
            xs.Include(ring.Longitudes.Select(lon => lon * cos));
            ys.Include(ring.Latitudes);
        }
        if (xs.IsEmpty) { xs.Include(0); ys.Include(0); }

        var colors = Extent.Empty;
        foreach (var b in maps.SelectMany(m => m.Bubbles)) colors.Include(b.ColorValue);
        var colorAxis = maps[0].ColorScale;
        var sizeScale = maps[0].SizeScale;
        double sizeMax = sizeScale.MaxValue ?? maps.SelectMany(m => m.Bubbles).Select(b => b.Size).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        return new MapFrame(cos, xs.Min, xs.Max, ys.Min, ys.Max, colors.Nice(colorAxis), colorAxis, sizeMax > 0 ? sizeMax : 1, sizeScale);
    }

    public string ColorOf(double value) =>
        double.IsFinite(value) ? Viridis.At((value - Color.Min) / (Color.Max - Color.Min)) : NoDataColor;

    /// <summary>Area ∝ value: the radius grows with the square root.</summary>
    public double Radius(double size, double maxRadius) => maxRadius * Math.Sqrt(Math.Max(0, size) / SizeMax);

    public double DefaultMaxRadius(Rect area) => SizeScale.MaxRadius ?? Math.Clamp(Math.Min(area.Width, area.Height) * 0.07, 8, 36);
}

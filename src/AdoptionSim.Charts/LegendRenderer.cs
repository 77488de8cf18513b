namespace AdoptionSim.Charts;

/// <summary>
/// Draws a legend as rows of "symbol label" items, wrapping when a row is full. Above the plot rather
/// than inside it, so it never hides data.
/// </summary>
internal static class LegendRenderer
{
    private const double SymbolWidth = 28;
    private const double SymbolGap = 8;
    private const double ItemGap = 26;
    private const double RowHeight = 24;

    public static double Height(LegendSpec? legend, double width) =>
        legend is null || legend.Entries.Count == 0 ? 0 : Layout(legend, width).Rows * RowHeight;

    public static void Draw(SvgWriter svg, LegendSpec? legend, double left, double top, double width)
    {
        if (legend is null || legend.Entries.Count == 0) return;
        var (items, _) = Layout(legend, width);
        svg.Open("g", ("class", "legend"), ("font-size", Typography.Legend), ("fill", Typography.TextColor));
        if (legend.Title is { } title)
            svg.Text(title, ("x", left), ("y", top + RowHeight / 2 + Typography.MiddleShift(Typography.Legend)), ("font-weight", "bold"));
        foreach (var (entry, x, row) in items)
        {
            double cy = top + row * RowHeight + RowHeight / 2;
            DrawSymbol(svg, entry, left + x, cy);
            svg.Text(entry.Label, ("x", left + x + SymbolWidth + SymbolGap), ("y", cy + Typography.MiddleShift(Typography.Legend)));
        }
        svg.Close("g");
    }

    private static (List<(LegendEntry Entry, double X, int Row)> Items, int Rows) Layout(LegendSpec legend, double width)
    {
        var items = new List<(LegendEntry, double, int)>();
        double x = legend.Title is { } title ? Typography.Width(title, Typography.Legend, bold: true) + 16 : 0;
        int row = 0;
        foreach (var entry in legend.Entries)
        {
            double itemWidth = SymbolWidth + SymbolGap + Typography.Width(entry.Label, Typography.Legend);
            if (x > 0 && x + itemWidth > width)
            {
                row++;
                x = 0;
            }
            items.Add((entry, x, row));
            x += itemWidth + ItemGap;
        }
        return (items, row + 1);
    }

    private static void DrawSymbol(SvgWriter svg, LegendEntry entry, double x, double cy)
    {
        switch (entry.Symbol)
        {
            case LegendSymbol.Band:
                svg.Empty("rect", ("x", x), ("y", cy - 7), ("width", SymbolWidth), ("height", 14.0), ("fill", entry.Color), ("fill-opacity", 0.25));
                break;
            case LegendSymbol.LineWithBand:
                svg.Empty("rect", ("x", x), ("y", cy - 7), ("width", SymbolWidth), ("height", 14.0), ("fill", entry.Color), ("fill-opacity", 0.25));
                svg.Empty("line", ("x1", x), ("y1", cy), ("x2", x + SymbolWidth), ("y2", cy), ("stroke", entry.Color), ("stroke-width", 3.0));
                break;
            case LegendSymbol.Point:
                svg.Empty("circle", ("cx", x + SymbolWidth / 2), ("cy", cy), ("r", 5.0), ("fill", entry.Color));
                break;
            case LegendSymbol.DashedLine:
                svg.Empty("line", ("x1", x), ("y1", cy), ("x2", x + SymbolWidth), ("y2", cy), ("stroke", entry.Color), ("stroke-width", 3.0), ("stroke-dasharray", "6 4"));
                break;
            default:
                svg.Empty("line", ("x1", x), ("y1", cy), ("x2", x + SymbolWidth), ("y2", cy), ("stroke", entry.Color), ("stroke-width", 3.0), ("stroke-linecap", "round"));
                break;
        }
    }
}

namespace AdoptionSim.Charts;

/// <summary>The project's own SVG renderer: charts, bubble maps and grids of either.</summary>
public sealed class SvgChartRenderer : IChartRenderer
{
    private const double PanelGapX = 20;
    private const double PanelGapY = 10;

    public string RenderSvg(FigureSpec spec) => spec switch
    {
        ChartSpec chart => RenderChart(chart),
        BubbleMapSpec map => RenderMap(map),
        SmallMultiplesSpec grid => RenderGrid(grid),
        _ => throw new NotSupportedException($"No SVG renderer for {spec.GetType().Name}."),
    };

    private static string RenderChart(ChartSpec chart)
    {
        var svg = new SvgWriter();
        var content = FigureFrame.Begin(svg, chart, chart.Legend);
        var x = ChartExtents.X(chart).Nice(chart.X);
        var y = ChartExtents.Y(chart).Nice(chart.Y);
        var m = XYPanelRenderer.Measure(chart, x, y, hasPanelTitle: false);
        XYPanelRenderer.Draw(svg, chart, content.Inset(m.Left, m.Top, m.Right, m.Bottom), x, y, panelTitle: null, drawXTitle: true);
        return FigureFrame.End(svg);
    }

    private static string RenderMap(BubbleMapSpec map)
    {
        var svg = new SvgWriter();
        var content = FigureFrame.Begin(svg, map, legend: null);
        var frame = MapFrame.For([map]);
        var available = content.Inset(0, 0, MapKeyRenderer.StripWidth, 0);
        double maxRadius = frame.DefaultMaxRadius(available);
        // A country is taller than a slide is: keep the keys next to the map rather than at the far edge.
        double mapWidth = BubbleMapRenderer.FittedWidth(available, frame, maxRadius);
        double left = content.Left + (content.Width - mapWidth - MapKeyRenderer.StripWidth) / 2;
        var mapArea = new Rect(left, content.Top, mapWidth, content.Height);
        BubbleMapRenderer.Draw(svg, map, mapArea, frame, maxRadius, panelTitle: null);
        MapKeyRenderer.Draw(svg, new Rect(mapArea.Right, content.Top, MapKeyRenderer.StripWidth, content.Height), frame, maxRadius, AnyNoData([map]));
        return FigureFrame.End(svg);
    }

    private static string RenderGrid(SmallMultiplesSpec grid)
    {
        if (grid.Panels.Count == 0) throw new ArgumentException("A small-multiples figure needs at least one panel.");
        if (grid.Columns < 1) throw new ArgumentException($"Columns must be at least 1, got {grid.Columns}.");
        var svg = new SvgWriter();
        var content = FigureFrame.Begin(svg, grid, grid.Legend);

        if (grid.Panels.All(p => p is ChartSpec)) DrawChartGrid(svg, grid, grid.Panels.Cast<ChartSpec>().ToList(), content);
        else if (grid.Panels.All(p => p is BubbleMapSpec)) DrawMapGrid(svg, grid, grid.Panels.Cast<BubbleMapSpec>().ToList(), content);
        else throw new ArgumentException("Small multiples must be all charts or all maps.");
        return FigureFrame.End(svg);
    }

    private static void DrawChartGrid(SvgWriter svg, SmallMultiplesSpec grid, List<ChartSpec> panels, Rect content)
    {
        var sharedX = Extent.Empty;
        var sharedY = Extent.Empty;
        foreach (var p in panels)
        {
            sharedX.Include(ChartExtents.X(p));
            sharedY.Include(ChartExtents.Y(p));
        }
        var xs = panels.Select(p => grid.ShareX ? sharedX.Nice(panels[0].X) : ChartExtents.X(p).Nice(p.X)).ToList();
        var ys = panels.Select(p => grid.ShareY ? sharedY.Nice(panels[0].Y) : ChartExtents.Y(p).Nice(p.Y)).ToList();

        // One set of margins for all panels, so plot areas line up in rows and columns.
        var margins = XYPanelRenderer.Measure(panels[0], xs[0], ys[0], hasPanelTitle: true);
        for (int i = 1; i < panels.Count; i++) margins = margins.Max(XYPanelRenderer.Measure(panels[i], xs[i], ys[i], hasPanelTitle: true));

        var cells = Cells(content, panels.Count, grid.Columns);
        int rows = (panels.Count + grid.Columns - 1) / grid.Columns;
        for (int i = 0; i < panels.Count; i++)
        {
            bool inBottomRow = i / grid.Columns == rows - 1 || i + grid.Columns >= panels.Count;
            var plot = cells[i].Inset(margins.Left, margins.Top, margins.Right, margins.Bottom);
            XYPanelRenderer.Draw(svg, panels[i], plot, xs[i], ys[i], panels[i].Title, drawXTitle: !grid.ShareX || inBottomRow);
        }
    }

    private static void DrawMapGrid(SvgWriter svg, SmallMultiplesSpec grid, List<BubbleMapSpec> panels, Rect content)
    {
        var frame = MapFrame.For(panels);
        var gridArea = content.Inset(0, 0, MapKeyRenderer.StripWidth, 0);
        var cells = Cells(gridArea, panels.Count, grid.Columns);
        double maxRadius = frame.DefaultMaxRadius(cells[0]);
        for (int i = 0; i < panels.Count; i++)
            BubbleMapRenderer.Draw(svg, panels[i], cells[i], frame, maxRadius, panels[i].Title);
        MapKeyRenderer.Draw(svg, new Rect(gridArea.Right, content.Top, MapKeyRenderer.StripWidth, content.Height), frame, maxRadius, AnyNoData(panels));
    }

    private static Rect[] Cells(Rect area, int count, int columns)
    {
        columns = Math.Min(columns, count);
        int rows = (count + columns - 1) / columns;
        double w = (area.Width - (columns - 1) * PanelGapX) / columns;
        double h = (area.Height - (rows - 1) * PanelGapY) / rows;
        var cells = new Rect[count];
        for (int i = 0; i < count; i++)
            cells[i] = new Rect(area.Left + (i % columns) * (w + PanelGapX), area.Top + (i / columns) * (h + PanelGapY), w, h);
        return cells;
    }

    private static bool AnyNoData(IEnumerable<BubbleMapSpec> maps) =>
        maps.SelectMany(m => m.Bubbles).Any(b => !double.IsFinite(b.ColorValue) && double.IsFinite(b.Size));
}

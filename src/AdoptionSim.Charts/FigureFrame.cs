namespace AdoptionSim.Charts;

/// <summary>
/// The parts every figure shares: the root element with its font list, a white background (PNGs are not
/// transparent on dark slides), the left-aligned title and subtitle, the legend; returns the space left.
/// </summary>
internal static class FigureFrame
{
    public const double Margin = 24;

    public static Rect Begin(SvgWriter svg, FigureSpec spec, LegendSpec? legend)
    {
        if (!(spec.Width > 0) || !(spec.Height > 0))
            throw new ArgumentException($"Figure size must be positive, got {spec.Width}×{spec.Height}.");
        svg.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        svg.Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("width", spec.Width), ("height", spec.Height),
            ("viewBox", $"0 0 {SvgWriter.Num(spec.Width)} {SvgWriter.Num(spec.Height)}"),
            ("font-family", Typography.FontFamily));
        svg.Empty("rect", ("x", 0.0), ("y", 0.0), ("width", spec.Width), ("height", spec.Height), ("fill", "#FFFFFF"));

        double y = Margin + Typography.Title * 0.4;
        svg.Text(spec.Title, ("class", "title"), ("x", Margin), ("y", y + Typography.Title * 0.35), ("font-size", Typography.Title),
            ("font-weight", "bold"), ("fill", Typography.TextColor));
        y += Typography.Title * 0.6 + 8;
        if (!string.IsNullOrEmpty(spec.Subtitle))
        {
            svg.Text(spec.Subtitle, ("class", "subtitle"), ("x", Margin), ("y", y + Typography.Subtitle * 0.8), ("font-size", Typography.Subtitle),
                ("fill", Typography.MutedText));
            y += Typography.Subtitle + 10;
        }
        y += 6;

        double legendWidth = spec.Width - 2 * Margin;
        double legendHeight = LegendRenderer.Height(legend, legendWidth);
        LegendRenderer.Draw(svg, legend, Margin, y, legendWidth);
        y += legendHeight + (legendHeight > 0 ? 6 : 0);

        return new Rect(Margin / 2, y, spec.Width - Margin, spec.Height - y - Margin / 2);
    }

    public static string End(SvgWriter svg)
    {
        svg.Close("svg");
        return svg.ToString();
    }
}

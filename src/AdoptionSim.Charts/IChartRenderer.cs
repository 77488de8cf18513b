namespace AdoptionSim.Charts;

/// <summary>
/// Turns a declarative figure into SVG text. The figures only build specs, so a plotting library could
/// replace <see cref="SvgChartRenderer"/> later without touching them.
/// </summary>
public interface IChartRenderer
{
    /// <summary>The SVG document for <paramref name="spec"/>; the same spec must always give the same text.</summary>
    string RenderSvg(FigureSpec spec);
}

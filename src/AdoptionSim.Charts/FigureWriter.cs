namespace AdoptionSim.Charts;

public enum FigureFormat { Svg, Png }

/// <summary>Writes a figure as NAME.svg or NAME.png in a folder; what `adoptionsim plot` needs per figure.</summary>
public static class FigureWriter
{
    /// <returns>The path written.</returns>
    public static string Write(FigureSpec spec, string directory, string name, FigureFormat format,
        IChartRenderer? renderer = null, PngConverter? converter = null)
    {
        string svg = (renderer ?? new SvgChartRenderer()).RenderSvg(spec);
        Directory.CreateDirectory(directory);
        if (format == FigureFormat.Svg)
        {
            string path = Path.Combine(directory, name + ".svg");
            // UTF-8 without a byte-order mark: the XML declaration already says UTF-8.
            File.WriteAllText(path, svg, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return path;
        }
        string png = Path.Combine(directory, name + ".png");
        (converter ?? new PngConverter()).WritePng(svg, png);
        return png;
    }
}

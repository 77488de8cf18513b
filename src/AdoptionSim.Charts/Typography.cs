namespace AdoptionSim.Charts;

/// <summary>
/// Font sizes chosen to stay readable when a 960×600 figure is shown on a slide, and a rough text-width
/// estimate: the renderer has no font engine, so layout uses per-character widths of a DejaVu/Arial-like
/// sans-serif, erring wide so that labels are never clipped.
/// </summary>
internal static class Typography
{
    public const string FontFamily = "DejaVu Sans, Helvetica, Arial, Liberation Sans, sans-serif";
    public const double Title = 20;
    public const double Subtitle = 15;
    public const double PanelTitle = 16;
    public const double AxisTitle = 16;
    public const double Tick = 14;
    public const double Legend = 14;
    public const double Label = 14;

    public const string TextColor = "#222222";
    public const string MutedText = "#555555";
    public const string AxisColor = "#444444";
    public const string GridColor = "#E3E3E3";

    /// <summary>Estimated width of <paramref name="text"/> in pixels at <paramref name="fontSize"/>.</summary>
    public static double Width(string text, double fontSize, bool bold = false)
    {
        if (bold) return Width(text, fontSize) * 1.12; // bold DejaVu Sans is about a tenth wider
        double em = 0;
        foreach (char c in text)
        {
            em += c switch
            {
                'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 0.32,
                ' ' or 'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' => 0.40,
                'm' or 'w' or 'M' or 'W' or '%' or '—' => 0.92,
                >= 'A' and <= 'Z' => 0.72,
                >= '0' and <= '9' => 0.64,
                _ => 0.60,
            };
        }
        return em * fontSize;
    }

    /// <summary>Offset that puts a text's visual middle on a y coordinate (rsvg ignores dominant-baseline in places).</summary>
    public static double MiddleShift(double fontSize) => fontSize * 0.35;
}

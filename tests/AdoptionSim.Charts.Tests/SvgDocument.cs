using System.Globalization;
using System.Xml.Linq;

namespace AdoptionSim.Charts.Tests;

/// <summary>Parses rendered SVG (failing the test if it is not well-formed XML) and finds elements by class.</summary>
internal sealed class SvgDocument
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public SvgDocument(string svg)
    {
        Text = svg;
        Root = XDocument.Parse(svg).Root ?? throw new InvalidOperationException("SVG has no root element.");
    }

    public string Text { get; }
    public XElement Root { get; }

    public IReadOnlyList<XElement> WithClass(string cssClass) =>
        Root.Descendants().Where(e => (string?)e.Attribute("class") == cssClass).ToList();

    public IReadOnlyList<string> TextsWithClass(string cssClass) => WithClass(cssClass).Select(e => e.Value).ToList();

    public static double Number(XElement e, string attribute) =>
        double.Parse((string?)e.Attribute(attribute) ?? throw new InvalidOperationException($"No attribute {attribute}"), CultureInfo.InvariantCulture);

    /// <summary>
    /// The boxes of the label texts of one class, rebuilt as the renderer measures them (<see cref="MapLabelPlacer"/>):
    /// estimated width, one label high, centred on the text's middle, on the side its anchor says.
    /// </summary>
    public static List<(string Text, Rect Box)> LabelBoxes(XElement svg, string cssClass) =>
        svg.Descendants(Ns + "text").Where(e => (string?)e.Attribute("class") == cssClass)
            .Select(e =>
            {
                double w = Typography.Width(e.Value, Typography.Label), h = Typography.Label;
                double x = Number(e, "x"), top = Number(e, "y") - Typography.MiddleShift(Typography.Label) - h / 2;
                double left = (string?)e.Attribute("text-anchor") switch { "end" => x - w, "middle" => x - w / 2, _ => x };
                return (e.Value, new Rect(left, top, w, h));
            }).ToList();

    /// <summary>Tick label text back to a number: "1,250" → 1250, "25%" → 0.25.</summary>
    public static double TickValue(string label)
    {
        bool percent = label.EndsWith('%');
        double v = double.Parse(label.TrimEnd('%').Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture);
        return percent ? v / 100 : v;
    }
}

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

    /// <summary>Tick label text back to a number: "1,250" → 1250, "25%" → 0.25.</summary>
    public static double TickValue(string label)
    {
        bool percent = label.EndsWith('%');
        double v = double.Parse(label.TrimEnd('%').Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture);
        return percent ? v / 100 : v;
    }
}

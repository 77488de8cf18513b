using System.Globalization;
using System.Text;

namespace AdoptionSim.Charts;

/// <summary>
/// Writes SVG elements in call order with every number in invariant culture, rounded to two decimals:
/// that (and no ids, dates or randomness) is what makes the same spec give the same bytes.
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    /// <summary>A coordinate or size; throws for NaN/∞ because a NaN reaching here is a renderer bug.</summary>
    public static string Num(double value)
    {
        if (!double.IsFinite(value))
            throw new InvalidOperationException($"Non-finite number {value} reached the SVG writer; the renderer must skip such points.");
        double rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0; // "-0" would make equal pictures differ in bytes
        return rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                // Control characters are not allowed in XML 1.0 at all: drop them rather than emit invalid XML.
                case < ' ' and not '\t' and not '\n' and not '\r': break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    public void Open(string tag, params (string Name, object? Value)[] attributes)
    {
        StartTag(tag, attributes);
        _text.Append(">\n");
        _depth++;
    }

    public void Close(string tag)
    {
        _depth--;
        Indent();
        _text.Append("</").Append(tag).Append(">\n");
    }

    public void Empty(string tag, params (string Name, object? Value)[] attributes)
    {
        StartTag(tag, attributes);
        _text.Append("/>\n");
    }

    public void Text(string content, params (string Name, object? Value)[] attributes)
    {
        StartTag("text", attributes);
        _text.Append('>').Append(Escape(content)).Append("</text>\n");
    }

    public void Raw(string line)
    {
        Indent();
        _text.Append(line).Append('\n');
    }

    public override string ToString() => _text.ToString();

    private void StartTag(string tag, (string Name, object? Value)[] attributes)
    {
        Indent();
        _text.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue; // optional attributes are simply left out
            string formatted = value switch
            {
                double d => Num(d),
                int i => i.ToString(CultureInfo.InvariantCulture),
                string s => Escape(s),
                _ => throw new ArgumentException($"Unsupported attribute value type {value.GetType()} for '{name}'."),
            };
            _text.Append(' ').Append(name).Append("=\"").Append(formatted).Append('"');
        }
    }

    private void Indent() => _text.Append(' ', _depth * 2);
}

namespace AdoptionSim.Core.Parameters;

/// <summary>Writing strings so that a YAML reader gets the same string back (not a number, bool or null).</summary>
public static class YamlText
{
    private static readonly string[] Reserved = ["null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE"];

    public static string Quote(string s)
    {
        var plainIsSafe = s.Length > 0
            && !Reserved.Contains(s)
            && !double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            && !char.IsWhiteSpace(s[0]) && !char.IsWhiteSpace(s[^1])
            && "-?:,[]{}#&*!|>'\"%@`".IndexOf(s[0]) < 0
            && !s.Contains(": ") && !s.Contains(" #") && !s.Contains('\n')
            && s.All(c => !char.IsControl(c));
        if (plainIsSafe)
        {
            return s;
        }

        var escaped = s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t");
        return $"\"{escaped}\"";
    }
}

using System.Globalization;
using System.Text;

namespace AdoptionSim.Core.Parameters;

/// <summary>
/// How text from an input file is shown inside a message: on one line (control and bidirectional-override
/// characters escaped, so a value cannot break a message in two or reorder a terminal line) and cut short,
/// so that a file read by mistake (<c>extends: /etc/passwd</c>) or a megabyte-long key is never printed whole.
/// </summary>
public static class ShownText
{
    /// <summary>Longest a value quoted in a message may be, ellipsis included.</summary>
    public const int MaxValueLength = 120;

    /// <summary>Longest a whole message may be: a backstop for values that reach a message unshortened.</summary>
    public const int MaxMessageLength = 600;

    /// <summary>A value as shown in a message: escaped, and cut to <paramref name="max"/> characters ending in "…".</summary>
    public static string Value(string? text, int max = MaxValueLength)
    {
        if (text is null)
        {
            return "";
        }

        // Escaping stops after max + 1 characters, so a short result is the whole text.
        var escaped = Escape(text, max + 1);
        if (escaped.Length <= max)
        {
            return escaped;
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(escaped[cut - 1]))
        {
            cut--; // never split a surrogate pair
        }

        return escaped[..cut] + "…";
    }

    /// <summary>A whole message on one line, cut to <see cref="MaxMessageLength"/> characters.</summary>
    public static string Message(string message) => Value(message, MaxMessageLength);

    /// <summary>Escapes control and bidi characters; stops once <paramref name="limit"/> characters are produced (the rest would be cut anyway).</summary>
    private static string Escape(string text, int limit)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || IsBidiControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (replacement is null && builder is null)
            {
                if (i >= limit)
                {
                    return text[..i];
                }

                continue;
            }

            builder ??= new StringBuilder(text, 0, i, Math.Min(text.Length, limit) + 8);
            if (replacement is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(replacement);
            }

            if (builder.Length >= limit)
            {
                return builder.ToString();
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Embedding and isolate controls (U+202A–U+202E, U+2066–U+2069) that reorder how a terminal shows a line.</summary>
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}

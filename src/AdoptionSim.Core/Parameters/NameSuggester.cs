namespace AdoptionSim.Core.Parameters;

/// <summary>"Did you mean …?": the known name closest to a misspelt one, by edit distance.</summary>
public static class NameSuggester
{
    /// <summary>Names longer than this are not typos of a key; no suggestion is looked for.</summary>
    public const int MaxNameLength = 256;

    /// <summary>
    /// The candidate with the smallest optimal-string-alignment distance (a transposition counts once),
    /// if it is close enough to be a plausible typo: at most a third of the longer name (at least 1 edit), and
    /// fewer edits than the shorter name has letters. Ties go to the earlier candidate, so the answer does not depend on anything but the order given.
    /// </summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var allowed = Math.Max(1, Math.Max(input.Length, candidate.Length) / 3);
            // The distance is at least the difference in length: skip the quadratic table when that is already too far
            // (a megabyte-long key from a damaged file would otherwise cost seconds and a huge table per candidate).
            if (Math.Abs(input.Length - candidate.Length) > allowed || Math.Min(input.Length, candidate.Length) > MaxNameLength)
            {
                continue;
            }

            var d = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            // A one-letter name is one edit from every other: suggesting then would be noise.
            if (d <= allowed && d < Math.Min(input.Length, candidate.Length) && d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

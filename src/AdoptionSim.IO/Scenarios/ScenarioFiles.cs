namespace AdoptionSim.IO.Scenarios;

/// <summary>
/// The files a load has read, by the name errors show them under (the path as the user gave it, or as
/// combined from the file that refers to it) and by full path.
/// </summary>
internal sealed class ScenarioFiles
{
    private readonly Dictionary<string, string> _fullByShown = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _shownByFull = new(StringComparer.Ordinal);

    public void Remember(string shown, string fullPath)
    {
        var full = Path.GetFullPath(fullPath);
        _fullByShown[shown] = full;
        _shownByFull.TryAdd(full, shown);
    }

    public string FullPath(string shown) => _fullByShown.TryGetValue(shown, out var full) ? full : Path.GetFullPath(shown);

    public string ShownName(string fullPath) => _shownByFull.TryGetValue(fullPath, out var shown) ? shown : fullPath;

    /// <summary>How a file named <paramref name="relative"/> inside <paramref name="referrer"/> is shown: relative to
    /// the working directory when the referrer was given relative, else absolute; "a/../b" folded either way.</summary>
    public static string Shown(string referrer, string relative)
    {
        var combined = Path.Combine(Path.GetDirectoryName(referrer) ?? "", relative);
        return Path.IsPathRooted(combined)
            ? Path.GetFullPath(combined)
            : Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(combined));
    }
}

namespace AdoptionSim.Serve;

/// <summary>The page's files, embedded in the assembly from wwwroot/ (no build step, nothing read from disk).</summary>
internal static class StaticAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".json"] = "application/json; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
    };

    private static readonly Lazy<Dictionary<string, byte[]>> Files = new(Load);

    /// <summary>The file at <paramref name="path"/> under wwwroot/ ("app.js", "index.html"), or null.</summary>
    public static (byte[] Bytes, string ContentType)? Find(string path)
    {
        if (!Files.Value.TryGetValue(path, out var bytes)) return null;
        return ContentTypes.TryGetValue(Path.GetExtension(path), out var type) ? (bytes, type) : null;
    }

    public static IEnumerable<string> Names => Files.Value.Keys;

    private static Dictionary<string, byte[]> Load()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name["wwwroot/".Length..].Replace('\\', '/')] = copy.ToArray();
        }
        return files;
    }
}

namespace AdoptionSim.Parquet.Tests;

/// <summary>Finds the repository from the test's working directory (bin/…), by walking up to AdoptionSim.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Readers => Path.Combine(Root, "tests", "readers");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AdoptionSim.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No AdoptionSim.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A fresh directory under the system temp folder, deleted with the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "adoptionsim-parquet-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}

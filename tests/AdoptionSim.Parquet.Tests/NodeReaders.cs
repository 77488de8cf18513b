using System.Diagnostics;
using System.Text.Json;

namespace AdoptionSim.Parquet.Tests;

/// <summary>
/// Runs the node scripts in tests/readers (DuckDB, hyparquet, parquet-wasm) and parses their JSON.
/// The npm packages are pinned by tests/readers/package-lock.json; without node_modules the tests
/// fail and say how to install them rather than silently skipping the independent check.
/// </summary>
internal static class NodeReaders
{
    public const string DuckDb = "read-duckdb.mjs";
    public const string Hyparquet = "read-hyparquet.mjs";
    public const string ParquetWasm = "read-parquet-wasm.mjs";
    public static readonly string[] All = [DuckDb, Hyparquet, ParquetWasm];

    public static void EnsureInstalled()
    {
        var modules = Path.Combine(RepoPaths.Readers, "node_modules");
        foreach (var package in new[] { "@duckdb/node-api", "hyparquet", "hyparquet-compressors", "parquet-wasm", "apache-arrow" })
            if (!Directory.Exists(Path.Combine(modules, package)))
                throw new InvalidOperationException(
                    $"The independent Parquet readers are not installed ({Path.Combine(modules, package)} is missing). " +
                    "Run `bash scripts/setup.sh` from the repository root (it runs `npm ci` in tests/readers).");
    }

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/> and returns its stdout parsed as JSON.</summary>
    public static JsonDocument Run(string script, params string[] arguments)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Readers,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Readers, script));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish in 2 minutes.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}:\n{stderr.Result}\n{stdout}");
        return JsonDocument.Parse(stdout);
    }

    /// <summary>Reads several files in one node process (start-up dominates) and returns each file's result by path.</summary>
    public static Dictionary<string, JsonElement> ReadAll(string script, IEnumerable<string> files)
    {
        var document = Run(script, files.ToArray());
        var byFile = new Dictionary<string, JsonElement>();
        foreach (var result in document.RootElement.GetProperty("results").EnumerateArray())
            byFile[result.GetProperty("file").GetString()!] = result.Clone();
        return byFile;
    }
}

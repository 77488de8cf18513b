namespace AdoptionSim.IO.Runs;

/// <summary>
/// A run writes into a staging folder beside its destination and the folder is moved into place only
/// when every file is complete, so a failed or interrupted run never leaves a folder that looks finished.
/// </summary>
public sealed class RunOutputDirectory : IDisposable
{
    private bool _committed;

    private RunOutputDirectory(string final, string staging)
    {
        FinalPath = final;
        StagingPath = staging;
    }

    public string FinalPath { get; }
    public string StagingPath { get; }

    /// <summary>Refuses a non-empty destination unless <paramref name="force"/>; creates the staging folder.</summary>
    public static RunOutputDirectory Prepare(string path, bool force)
    {
        var final = Path.GetFullPath(path);
        if (Directory.Exists(final) && Directory.EnumerateFileSystemEntries(final).Any() && !force)
            throw new RunOutputException($"output folder '{path}' is not empty: choose another --out or pass --force to replace it");
        if (File.Exists(final)) throw new RunOutputException($"output path '{path}' is a file, not a folder");
        var parent = Path.GetDirectoryName(final) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(final)}.partial-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new RunOutputDirectory(final, staging);
    }

    /// <summary>Moves the finished staging folder to the destination (replacing it when forced).</summary>
    public void Commit()
    {
        if (Directory.Exists(FinalPath)) Directory.Delete(FinalPath, recursive: true);
        Directory.Move(StagingPath, FinalPath);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(StagingPath)) Directory.Delete(StagingPath, recursive: true);
    }
}

/// <summary>A problem with where a run's outputs go (the user can fix it; not a bug).</summary>
public sealed class RunOutputException(string message) : Exception(message);

namespace AdoptionSim.IO.Runs;

/// <summary>
/// A run writes into a staging folder beside its destination (<c>.NAME.partial-PID-GUID</c>, see
/// <see cref="PartialFolders"/>) and the folder is moved into place only when every file is complete, so a
/// failed or interrupted run never leaves a folder that looks finished. While it writes, it holds the
/// destination's <see cref="OutputLock"/>; before it starts, it removes the stale partial folders beside the
/// destination that dead processes left (<see cref="RemovedStale"/> lists them).
/// </summary>
public sealed class RunOutputDirectory : IDisposable
{
    private readonly OutputLock _lock;
    private readonly FileStream _owner;
    private readonly bool _force;
    private bool _committed;

    private RunOutputDirectory(string final, string shownAs, string staging, OutputLock outputLock, FileStream owner, bool force, IReadOnlyList<string> removedStale)
    {
        FinalPath = final;
        ShownAs = shownAs;
        StagingPath = staging;
        _lock = outputLock;
        _owner = owner;
        _force = force;
        RemovedStale = removedStale;
    }

    public string FinalPath { get; }
    public string StagingPath { get; }

    /// <summary>The destination as the user gave it, for messages.</summary>
    public string ShownAs { get; }

    /// <summary>Partial folders of dead processes removed beside the destination before this run started.</summary>
    public IReadOnlyList<string> RemovedStale { get; }

    /// <summary>
    /// Refuses a non-empty destination unless <paramref name="force"/>, and a destination another process is
    /// writing; removes stale partial folders beside it; creates and claims the staging folder.
    /// </summary>
    public static RunOutputDirectory Prepare(string path, bool force)
    {
        var final = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(final) ?? ".";
        if (Path.GetFileName(final).Length == 0) throw new RunOutputException($"output path '{path}' names no folder (a root or '..'): choose a folder to create");
        if (File.Exists(final)) throw new RunOutputException($"output path '{path}' is a file, not a folder");
        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunOutputException($"cannot create the folder '{parent}' for --out '{path}': {e.Message}");
        }

        OutputLock outputLock;
        try
        {
            outputLock = OutputLock.Acquire(final, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(parent, path, e);
        }

        try
        {
            if (!force && IsNonEmptyFolder(final))
                throw new RunOutputException($"output folder '{path}' is not empty: choose another --out or pass --force to replace it");
            var removed = PartialFolders.RemoveStale(parent, recursive: false);
            var staging = Path.Combine(parent, PartialFolders.NameFor(Path.GetFileName(final)));
            Directory.CreateDirectory(staging);
            FileStream owner;
            try
            {
                owner = PartialFolders.Claim(staging);
            }
            catch
            {
                PartialFolders.TryDelete(staging);
                throw;
            }

            return new RunOutputDirectory(final, path, staging, outputLock, owner, force, removed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            outputLock.Dispose();
            throw CannotWrite(parent, path, e);
        }
        catch
        {
            outputLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A folder that exists but refuses new files: read-only, another user's, or a virtual file system such as
    /// /proc, where .NET's "Could not find file" would only confuse.
    /// </summary>
    private static RunOutputException CannotWrite(string parent, string path, Exception e)
    {
        var reason = e is FileNotFoundException or DirectoryNotFoundException
            ? "the file system there does not allow new files (a virtual one such as /proc or /sys?)"
            : e.Message;
        return new RunOutputException($"cannot create files in '{parent}' for --out '{path}': {reason}; choose another --out");
    }

    private static bool IsNonEmptyFolder(string path) => Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any();

    /// <summary>Moves the finished staging folder to the destination (replacing it when forced).</summary>
    public void Commit()
    {
        // The lock makes this the only writer now; a folder that appeared since Prepare came from a process that
        // ignored the lock (an older version): still not ours to replace unless forced.
        if (!_force && IsNonEmptyFolder(FinalPath))
            throw new RunOutputException($"output folder '{ShownAs}' was filled by another process while this run was writing; this run's results were not kept");
        _owner.Dispose();
        File.Delete(Path.Combine(StagingPath, PartialFolders.OwnerLockFile));
        File.Delete(Path.Combine(StagingPath, PartialFolders.OwnerFile));
        if (Directory.Exists(FinalPath)) Directory.Delete(FinalPath, recursive: true);
        Directory.Move(StagingPath, FinalPath);
        _committed = true;
    }

    public void Dispose()
    {
        _owner.Dispose();
        if (!_committed && Directory.Exists(StagingPath)) PartialFolders.TryDelete(StagingPath);
        _lock.Dispose();
    }
}

/// <summary>A problem with where a run's outputs go (the user can fix it; not a bug).</summary>
public sealed class RunOutputException(string message) : Exception(message);

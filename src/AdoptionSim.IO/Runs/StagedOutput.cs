namespace AdoptionSim.IO.Runs;

/// <summary>
/// Files written together into a folder that may already hold others (an export into DIR/csv/): they are
/// written in a claimed staging folder beside it (<see cref="PartialFolders"/>) under the folder's
/// <see cref="OutputLock"/>, then moved in. A new folder appears whole (one rename); into an existing one each
/// file is renamed over its old version only after all are complete, and nothing else there is touched.
/// Disposing without committing removes the staging folder, so a failure leaves no file behind.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly OutputLock _lock;
    private readonly FileStream _owner;
    private bool _committed;

    private StagedOutput(string final, string staging, OutputLock outputLock, FileStream owner)
    {
        FinalPath = final;
        StagingPath = staging;
        _lock = outputLock;
        _owner = owner;
    }

    public string FinalPath { get; }
    public string StagingPath { get; }

    public static StagedOutput Begin(string output)
    {
        var final = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(final) ?? ".";
        if (File.Exists(final)) throw new RunOutputException($"output path '{output}' is a file, not a folder");
        try
        {
            Directory.CreateDirectory(parent);
            var outputLock = OutputLock.Acquire(final, output);
            try
            {
                PartialFolders.RemoveStale(parent, recursive: false);
                var staging = Path.Combine(parent, PartialFolders.NameFor(Path.GetFileName(final)));
                Directory.CreateDirectory(staging);
                return new StagedOutput(final, staging, outputLock, PartialFolders.Claim(staging));
            }
            catch
            {
                outputLock.Dispose();
                throw;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunOutputException($"cannot create files in '{parent}' for --out '{output}': {e.Message}");
        }
    }

    /// <summary>Moves the staged files (paths relative to the staging folder) into the output folder.</summary>
    public void Commit(IEnumerable<string> relativePaths)
    {
        _owner.Dispose();
        File.Delete(Path.Combine(StagingPath, PartialFolders.OwnerLockFile));
        File.Delete(Path.Combine(StagingPath, PartialFolders.OwnerFile));
        if (!Directory.Exists(FinalPath))
        {
            Directory.Move(StagingPath, FinalPath);
        }
        else
        {
            foreach (var relative in relativePaths)
            {
                var target = Path.Combine(FinalPath, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(Path.Combine(StagingPath, relative), target, overwrite: true);
            }

            PartialFolders.TryDelete(StagingPath);
        }

        _committed = true;
    }

    public void Dispose()
    {
        _owner.Dispose();
        if (!_committed && Directory.Exists(StagingPath)) PartialFolders.TryDelete(StagingPath);
        _lock.Dispose();
    }
}

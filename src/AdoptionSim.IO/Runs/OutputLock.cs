using System.Globalization;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// One writer per output folder: an exclusive lock on <c>.NAME.lock</c> beside it, held from before the
/// staging folder is made until the folder is in place. A second run into the same folder is refused with the
/// holder's PID instead of silently replacing the first run's results. The operating system drops the lock
/// when its process dies, so a killed run never blocks the next; the holder deletes the file before letting go.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _path;

    private OutputLock(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    /// <summary>Takes the lock of <paramref name="finalPath"/> (a full path) or throws <see cref="RunOutputException"/> naming the holder.</summary>
    public static OutputLock Acquire(string finalPath, string shownAs)
    {
        var parent = Path.GetDirectoryName(finalPath) ?? ".";
        var name = Path.GetFileName(finalPath);
        var path = Path.Combine(parent, $".{name}.lock");
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), path);
        }
        catch (IOException) when (File.Exists(path))
        {
            var writers = PartialFolders.LiveWriters(parent, name);
            var who = writers.Count == 0 ? "another process" : $"process {string.Join(", ", writers.Select(p => p.ToString(CultureInfo.InvariantCulture)))}";
            throw new RunOutputException(
                $"output folder '{shownAs}' is being written by {who} (lock {path}): wait for it to finish, or choose another --out");
        }
    }

    public void Dispose()
    {
        // Delete while still holding it, so no other process can take a lock on a file that is about to vanish.
        try
        {
            File.Delete(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a lock file left behind is harmless: the next run takes it over
        }

        _stream.Dispose();
    }
}

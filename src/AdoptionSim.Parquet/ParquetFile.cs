namespace AdoptionSim.Parquet;

/// <summary>Entry points: stream rows into a new Parquet file, or read a flat Parquet file whole.</summary>
public static class ParquetFile
{
    /// <summary>
    /// Starts a file at <paramref name="path"/>. Rows go to a temporary file beside it
    /// (<c>name.&lt;random&gt;.tmp-parquet</c>); <see cref="IRowSink.Complete"/> renames it to
    /// <paramref name="path"/>, replacing any file there. Disposing without completing deletes it.
    /// </summary>
    public static IRowSink Create(string path, ParquetSchema schema, ParquetWriteOptions? options = null)
        => new ParquetFileWriter(path, schema, options ?? new ParquetWriteOptions());

    /// <summary>
    /// Forces finished files (written with <see cref="ParquetWriteOptions.FlushToDisk"/> off) to the disk, all at once:
    /// one thread per file, each waiting on the device rather than computing, so the waits overlap instead of adding up.
    /// </summary>
    /// <exception cref="IOException">A file could not be flushed (the first such error; the others are still waited for).</exception>
    public static void FlushToDisk(IReadOnlyList<string> paths)
    {
        var flushes = paths.Select(path => Task.Factory.StartNew(() => FlushFile(path), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        try { Task.WaitAll(flushes); }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    private static void FlushFile(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Write);
        RandomAccess.FlushToDisk(handle);
    }

    /// <summary>Reads every column of a flat Parquet file into memory.</summary>
    /// <exception cref="ParquetFormatException">Not Parquet, damaged, or a feature this reader lacks (named in the message).</exception>
    public static ParquetTable Read(string path) => ParquetFileReader.Read(path);
}

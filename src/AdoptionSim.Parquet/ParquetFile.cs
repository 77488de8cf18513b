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

    /// <summary>Reads every column of a flat Parquet file into memory.</summary>
    /// <exception cref="ParquetFormatException">Not Parquet, damaged, or a feature this reader lacks (named in the message).</exception>
    public static ParquetTable Read(string path) => ParquetFileReader.Read(path);
}

using System.Reflection;

namespace AdoptionSim.Parquet;

/// <summary>How <see cref="ParquetFile.Create"/> lays a file out.</summary>
public sealed record ParquetWriteOptions
{
    /// <summary>Upper bound on the uncompressed bytes one row group holds in memory when
    /// <see cref="RowGroupRows"/> is left at 0: memory is set by this, not by the table's length.</summary>
    public const long DefaultRowGroupBytes = 64L * 1024 * 1024;

    /// <summary>Row cap for the automatic row-group size, so narrow tables still get several row groups.</summary>
    public const int MaxDefaultRowGroupRows = 1_000_000;

    public ParquetCodec Codec { get; init; } = ParquetCodec.Snappy;

    /// <summary>Rows per row group; 0 (the default) means "computed from the schema" so a row group
    /// is at most about <see cref="DefaultRowGroupBytes"/> uncompressed (see <see cref="RowGroupRowsFor"/>).</summary>
    public int RowGroupRows { get; init; }

    /// <summary>Target uncompressed size of a data page.</summary>
    public int PageBytes { get; init; } = 1024 * 1024;

    /// <summary>Key-value metadata written to the footer in this order (e.g. scenario, seed, version).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; init; } = [];

    /// <summary>The footer's created_by: the application that wrote the file, which the format asks to be
    /// "&lt;application&gt; version &lt;semver&gt; (build &lt;hash&gt;)". An application passes its own
    /// (AdoptionSim's outputs say "adoptionsim version X (build H)"); the default names this library.</summary>
    public string CreatedBy { get; init; } = DefaultCreatedBy;

    /// <summary>"AdoptionSim.Parquet version X", X this library's version.</summary>
    public static string DefaultCreatedBy { get; } = "AdoptionSim.Parquet version " + LibraryVersion();

    /// <summary>Whether <see cref="IRowSink.Complete"/> forces the file's bytes to the disk (fsync) before giving it its
    /// final name, so that a crash never leaves a truncated file under that name (the default). A caller that makes a
    /// whole folder of files durable before publishing the folder turns it off and calls
    /// <see cref="ParquetFile.FlushToDisk"/> on the finished files: their waits for the disk then overlap.</summary>
    public bool FlushToDisk { get; init; } = true;

    /// <summary>A string column whose dictionary's PLAIN size grows past this falls back to PLAIN
    /// for the rest of the row group (1 MiB, as parquet-mr and arrow do by default).</summary>
    public int DictionaryPageBytesLimit { get; init; } = 1024 * 1024;

    /// <summary>The row-group size used for <paramref name="schema"/>.</summary>
    public int RowGroupRowsFor(ParquetSchema schema)
    {
        if (RowGroupRows > 0) return RowGroupRows;
        long bytesPerRow = 0;
        foreach (var c in schema.Columns)
        {
            bytesPerRow += c.Type switch
            {
                ParquetType.Int32 => 4,
                ParquetType.Int64 or ParquetType.Double => 8,
                ParquetType.Boolean => 1,
                // A guess for a string's buffered size: a dictionary index when few distinct values,
                // the UTF-8 bytes plus length when many. 16 keeps long-text tables within the bound.
                _ => 16,
            };
            if (c.Optional) bytesPerRow += 1;
        }
        return (int)Math.Clamp(DefaultRowGroupBytes / Math.Max(1, bytesPerRow), 1024, MaxDefaultRowGroupRows);
    }

    private static string LibraryVersion()
    {
        var informational = typeof(ParquetWriteOptions).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return informational.Split('+')[0];
    }

    internal void Validate()
    {
        if (!Enum.IsDefined(Codec)) throw new ArgumentException($"Unknown Parquet codec {(int)Codec}.");
        if (RowGroupRows < 0) throw new ArgumentException($"RowGroupRows must be 0 (automatic) or positive, not {RowGroupRows}.");
        if (PageBytes < 1024) throw new ArgumentException($"PageBytes must be at least 1024, not {PageBytes}.");
        if (DictionaryPageBytesLimit < 0) throw new ArgumentException("DictionaryPageBytesLimit must not be negative.");
        foreach (var kv in Metadata)
            if (kv.Key is null) throw new ArgumentException("A key-value metadata key must not be null.");
    }
}

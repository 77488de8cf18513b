namespace AdoptionSim.Parquet;

/// <summary>The value types a column can hold. Each maps to one Parquet physical type
/// (String is BYTE_ARRAY annotated UTF8/STRING).</summary>
public enum ParquetType { Int32, Int64, Double, Boolean, String }

/// <summary>Page compression. Snappy is the conventional Parquet default: fast, and every reader has it.</summary>
public enum ParquetCodec { Uncompressed, Snappy, Gzip, Brotli }

/// <summary>One flat column. <paramref name="Optional"/> columns accept <see cref="IRowSink.Null"/>.
/// Strings are dictionary-encoded automatically, falling back to PLAIN when the dictionary grows large.</summary>
public sealed record ParquetColumn(string Name, ParquetType Type, bool Optional = false);

/// <summary>A flat schema: a list of columns, in file order.</summary>
public sealed record ParquetSchema(IReadOnlyList<ParquetColumn> Columns)
{
    public ParquetSchema(params ParquetColumn[] columns) : this((IReadOnlyList<ParquetColumn>)columns) { }

    /// <summary>Index of the column called <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Name == name) return i;
        return -1;
    }

    /// <summary>Records compare lists by reference; schemas are equal when their columns are.</summary>
    public bool Equals(ParquetSchema? other) => other is not null && Columns.SequenceEqual(other.Columns);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var c in Columns) hash.Add(c);
        return hash.ToHashCode();
    }

    public override string ToString() =>
        string.Join(", ", Columns.Select(c => $"{c.Name}: {c.Type}{(c.Optional ? "?" : "")}"));

    internal void Validate()
    {
        if (Columns.Count == 0) throw new ArgumentException("A Parquet schema needs at least one column.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in Columns)
        {
            if (string.IsNullOrEmpty(c.Name)) throw new ArgumentException("A Parquet column name must not be empty.");
            if (!seen.Add(c.Name)) throw new ArgumentException($"The Parquet schema names column '{c.Name}' twice.");
            if (!Enum.IsDefined(c.Type)) throw new ArgumentException($"Column '{c.Name}' has an unknown type {(int)c.Type}.");
        }
    }
}

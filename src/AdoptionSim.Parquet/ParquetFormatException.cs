namespace AdoptionSim.Parquet;

/// <summary>A file is not Parquet, is damaged, or uses a feature this reader does not support.
/// The message names the file and, for unsupported features, the feature.</summary>
public sealed class ParquetFormatException : Exception
{
    public ParquetFormatException(string message) : base(message) { }
    public ParquetFormatException(string message, Exception inner) : base(message, inner) { }
}

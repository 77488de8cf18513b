namespace AdoptionSim.Parquet.Reading;

/// <summary>Raised inside the reader for a valid file using a feature it lacks; the file reader
/// turns it into a <see cref="ParquetFormatException"/> naming the file and the feature.</summary>
internal sealed class UnsupportedFeatureException(string feature) : Exception(feature)
{
    public string Feature { get; } = feature;
}

using AdoptionSim.Core;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO;

/// <summary>How every Parquet file AdoptionSim writes is laid out: the Parquet library's defaults, with the
/// footer's created_by naming this build ("adoptionsim version X (build H)") and the caller's key-value metadata.</summary>
internal static class ParquetOutput
{
    public static ParquetWriteOptions Options(IReadOnlyList<KeyValuePair<string, string>> metadata) =>
        new() { Metadata = metadata, CreatedBy = BuildInfo.CreatedBy };
}

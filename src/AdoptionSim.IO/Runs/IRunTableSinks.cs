using AdoptionSim.IO.Tables;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// Where a run's tables go. The run recorder asks for one sink per table and writes rows; by default each
/// table is a Parquet file in the run folder (<see cref="RunFolderSinks"/>), while a sweep sends the
/// per-tick tables straight into its dataset with the experiment's columns in front.
/// </summary>
public interface IRunTableSinks
{
    /// <summary>Opens the sink for <paramref name="table"/> of the run whose folder (staging, until complete) is <paramref name="runFolder"/>.</summary>
    IRowSink Open(IOutputTable table, string runFolder, RunProvenance provenance);
}

/// <summary>
/// Every table as <c>NAME.parquet</c> in the run folder, stamped with the run's provenance. The files are not forced
/// to the disk one by one: <see cref="RunRecorder.Complete"/> flushes the run folder's files together before the
/// folder is published, so the waits for the disk overlap.
/// </summary>
public sealed class RunFolderSinks : IRunTableSinks
{
    public static readonly RunFolderSinks Instance = new();

    public IRowSink Open(IOutputTable table, string runFolder, RunProvenance provenance) =>
        ParquetFile.Create(Path.Combine(runFolder, table.FileName), table.Schema,
            ParquetOutput.Options(provenance.ParquetMetadata()) with { FlushToDisk = false });
}

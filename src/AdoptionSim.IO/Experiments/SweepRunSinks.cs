using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.IO.Tables;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// Where one run of a sweep writes its tables: the dataset tables (<see cref="SweepLayout.DatasetTables"/>)
/// straight into the hive-partitioned dataset with the experiment's columns in front, firms nowhere unless
/// the experiment keeps them (their rows are still counted in run.json), everything else in the run folder.
/// </summary>
internal sealed class SweepRunSinks(string directory, ExperimentSpec spec, ExperimentRun run, string resolvedJson, string resolvedSha) : IRunTableSinks
{
    public IRowSink Open(IOutputTable table, string runFolder, RunProvenance provenance)
    {
        if (SweepLayout.DatasetTables.Any(t => t.Name == table.Name))
        {
            var target = SweepLayout.DatasetFile(directory, table.Name, spec.Arms[run.Arm].Name, spec.Points[run.Point].Id, run.Replicate);
            return SweepLayout.OpenDatasetFile(target, table, spec, run, resolvedJson, resolvedSha, provenance);
        }

        if (table.Name == RunTables.Firms.Name && !spec.KeepFirms) return new DiscardingRowSink();
        return RunFolderSinks.Instance.Open(table, runFolder, provenance);
    }
}

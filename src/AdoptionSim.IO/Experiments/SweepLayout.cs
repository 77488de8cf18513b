using System.Globalization;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.IO.Tables;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// Where a sweep's files go. Dataset tables are hive-partitioned by arm and point, one file per replicate:
/// <c>DIR/city_ticks/arm=A/point=P/rep=R.parquet</c>, <c>DIR/gap_ticks/…</c>, <c>DIR/policy_ticks/…</c> and <c>DIR/region_ticks/…</c>; the rest of each run
/// (run.json, summary.json, cities, ideas, and firms when kept) is in <c>DIR/runs/arm=A/point=P/rep=R/</c>.
/// </summary>
public static class SweepLayout
{
    public const string RunsFolder = "runs";
    public const string SummaryFolder = "summary";

    /// <summary>The run tables a sweep writes into its dataset, with the experiment's columns in front (<see cref="PrefixColumns"/>).</summary>
    public static IReadOnlyList<IOutputTable> DatasetTables => [RunTables.CityTicks, RunTables.GapTicks, RunTables.PolicyTicks, RunTables.RegionTicks];

    public static string Partition(string arm, string point) => Path.Combine($"arm={arm}", $"point={point}");

    public static string RepName(int replicate) => "rep=" + replicate.ToString(CultureInfo.InvariantCulture);

    public static string DatasetFile(string directory, string table, string arm, string point, int replicate) =>
        Path.Combine(directory, table, Partition(arm, point), RepName(replicate) + ".parquet");

    public static string RunFolder(string directory, string arm, string point, int replicate) =>
        Path.Combine(directory, RunsFolder, Partition(arm, point), RepName(replicate));

    /// <summary>
    /// The columns put in front of a run table's own: arm, point, one per grid key (named by the key path,
    /// e.g. <c>adoption.q</c>, typed by the scenario schema, nullable), replicate. The run's columns follow
    /// (run_id, scenario, seed, tick, …), so the replicate's seed is the run's <c>seed</c> column.
    /// </summary>
    public static IReadOnlyList<ParquetColumn> PrefixColumns(ExperimentSpec spec)
    {
        var columns = new List<ParquetColumn> { new("arm", ParquetType.String), new("point", ParquetType.String) };
        columns.AddRange(spec.Grid.Select(g => new ParquetColumn(g.Key, g.Type, Optional: true)));
        columns.Add(new ParquetColumn("replicate", ParquetType.Int32));
        return columns;
    }

    /// <summary>
    /// Opens the dataset file of one run's table, <paramref name="target"/>: the experiment's columns in front
    /// of the table's own, written by the returned sink for every row, so the run's writer fills the table's
    /// columns as it would in a run folder. The file's key-value metadata: the experiment's (name, file
    /// SHA-256, resolved experiment JSON and its SHA-256, arm, point, replicate), then the run's own (run id,
    /// scenario, seed, ticks, scenario SHA-256 and JSON, version, commit).
    /// </summary>
    internal static IRowSink OpenDatasetFile(string target, IOutputTable table, ExperimentSpec spec, ExperimentRun run,
        string resolvedJson, string resolvedSha, RunProvenance provenance)
    {
        var prefix = PrefixColumns(spec);
        var arm = spec.Arms[run.Arm].Name;
        var point = spec.Points[run.Point];
        var metadata = new List<KeyValuePair<string, string>>
        {
            new("adoptionsim.experiment", spec.Name),
            new("adoptionsim.experiment_sha256", spec.FileSha256),
            new("adoptionsim.experiment_resolved_sha256", resolvedSha),
            new("adoptionsim.experiment_json", resolvedJson),
            new("adoptionsim.arm", arm),
            new("adoptionsim.point", point.Id),
            new("adoptionsim.replicate", run.Replicate.ToString(CultureInfo.InvariantCulture)),
        };
        metadata.AddRange(provenance.ParquetMetadata());
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var file = ParquetFile.Create(target, new ParquetSchema([.. prefix, .. table.Schema.Columns]), ParquetOutput.Options(metadata));
        return new PrefixedRowSink(file, prefix.Count, sink =>
        {
            sink.String(0, arm);
            sink.String(1, point.Id);
            for (var g = 0; g < spec.Grid.Count; g++)
            {
                ExperimentManifest.WriteValue(sink, 2 + g, spec.Grid[g].Type, point.Values[g].Value);
            }

            sink.Int32(2 + spec.Grid.Count, run.Replicate);
        });
    }

    /// <summary>Whether a dataset file was written for this run of this scenario (by run id and scenario hash in its metadata).</summary>
    internal static bool IsDatasetFileFor(string path, RunProvenance provenance)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            var table = ParquetFile.Read(path);
            return table.GetMetadata("adoptionsim.run_id") == provenance.RunId
                && table.GetMetadata("adoptionsim.scenario_sha256") == provenance.ScenarioSha256;
        }
        catch (ParquetFormatException)
        {
            return false;
        }
    }
}

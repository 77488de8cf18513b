using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Tests.Scenarios;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tests.Experiments;

/// <summary>
/// Sweeps of a tiny experiment (two-cities, 6 ticks, 2 arms × 2 grid points × 3 replicates = 12 runs):
/// sharding, parallelism and resuming never change a byte; a failed run does not stop the others.
/// </summary>
public sealed class SweepTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    private const string Experiment = """
        name: tiny
        arms:
          - name: base
            scenario: two.yaml
          - name: links
            scenario: two.yaml
            set: {network.intercity_ties_per_firm: 2.0}
        grid:
          adoption.q: [0.3, 0.6]
        replications: 3
        master_seed: 11
        ticks: 6
        """;

    private ExperimentSpec Load(string text = Experiment, params string[] sets)
    {
        _files.Write("two.yaml", File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "two-cities.yaml"))
            + "firms:\n  scale: 0.25\n");
        return ExperimentLoader.Load(_files.Write("tiny.yaml", text), sets);
    }

    private string Dir(string name) => Path.Combine(_files.Dir, name);

    /// <summary>Every file below a folder by relative path, with its bytes; run.json (timings by design) is left out.</summary>
    private static SortedDictionary<string, byte[]> Snapshot(string directory) =>
        new(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) != "run.json")
                .ToDictionary(f => Path.GetRelativePath(directory, f), File.ReadAllBytes),
            StringComparer.Ordinal);

    private static void ShouldBeIdentical(string actual, string expected)
    {
        var a = Snapshot(actual);
        var e = Snapshot(expected);
        a.Keys.Should().Equal(e.Keys);
        foreach (var (file, bytes) in e)
        {
            a[file].AsSpan().SequenceEqual(bytes).Should().BeTrue($"{file} should be byte-identical");
        }

        Directory.EnumerateFiles(actual, "run.json", SearchOption.AllDirectories).Count()
            .Should().Be(Directory.EnumerateFiles(expected, "run.json", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Shards_resume_and_parallelism_give_the_bytes_of_one_uninterrupted_sweep()
    {
        var spec = Load();
        var whole = Dir("whole");
        var result = Sweep.Execute(spec, whole, Shard.All, parallel: 2);
        result.Ran.Should().Be(12);
        result.Failures.Should().BeEmpty();
        Directory.EnumerateFiles(Path.Combine(whole, "city_ticks"), "*.parquet", SearchOption.AllDirectories).Should().HaveCount(12);
        File.Exists(Path.Combine(whole, "city_ticks", "arm=links", "point=p1", "rep=2.parquet")).Should().BeTrue();
        File.Exists(Path.Combine(whole, "runs", "arm=links", "point=p1", "rep=2", "run.json")).Should().BeTrue();
        File.Exists(Path.Combine(whole, "runs", "arm=links", "point=p1", "rep=2", "firms.parquet")).Should().BeFalse();

        // The union of three shards, each run serially.
        var sharded = Dir("sharded");
        var counts = Enumerable.Range(0, 3).Select(i => Sweep.Execute(spec, sharded, new Shard(i, 3), parallel: 1).Ran).ToList();
        counts.Should().Equal(4, 4, 4);
        ShouldBeIdentical(sharded, whole);

        // A sweep interrupted: a subset done, one finished run lost, a staging folder and a temporary file
        // left by a killed process, and a dataset file written by some other run.
        var resumed = Dir("resumed");
        Sweep.Execute(spec, resumed, new Shard(0, 2), parallel: 2).Ran.Should().Be(6);
        // Run indices: (arm · 2 + point) · 3 + replicate; shard 0/2 ran the even ones.
        File.Delete(Path.Combine(resumed, "gap_ticks", "arm=base", "point=p0", "rep=0.parquet")); // run 0
        File.Copy(Path.Combine(resumed, "city_ticks", "arm=links", "point=p0", "rep=0.parquet"), // run 8 gets run 6's file
            Path.Combine(resumed, "city_ticks", "arm=links", "point=p0", "rep=2.parquet"), overwrite: true);
        foreach (var rep in new[] { 0, 1 }) // run 3 (never ran) and run 4 (complete)
        {
            var staging = Path.Combine(resumed, "runs", "arm=base", "point=p1", $".rep={rep}.partial-999-abc");
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, "city_ticks.parquet"), "half");
            Directory.CreateDirectory(Path.Combine(resumed, "city_ticks", "arm=base", "point=p1"));
            File.WriteAllText(Path.Combine(resumed, "city_ticks", "arm=base", "point=p1", $"rep={rep}.parquet.x1y2.tmp-parquet"), "half");
        }

        var second = Sweep.Execute(spec, resumed, Shard.All, parallel: 2);
        second.Skipped.Should().Be(4, "the six runs of shard 0/2 less run 0 (lost a file) and run 8 (another run's file)");
        second.Ran.Should().Be(8);
        ShouldBeIdentical(resumed, whole);

        // And again: nothing left to do.
        Sweep.Execute(spec, resumed, Shard.All, parallel: 1).Skipped.Should().Be(12);
        ShouldBeIdentical(resumed, whole);

        // Summaries of identical datasets are identical.
        ExperimentSummarizer.Summarize(SummaryInput.FromSweep(whole), Path.Combine(whole, "summary"));
        ExperimentSummarizer.Summarize(SummaryInput.FromSweep(sharded), Path.Combine(sharded, "summary"));
        ShouldBeIdentical(sharded, whole);
    }

    [Fact]
    public void A_cancelled_sweep_keeps_its_complete_runs_and_resumes_to_the_same_bytes()
    {
        var spec = Load(Experiment, "replications=2", "grid.adoption.q=[0.5]");
        var whole = Dir("whole");
        Sweep.Execute(spec, whole, Shard.All, parallel: 1).Ran.Should().Be(4);

        var resumed = Dir("resumed");
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(p => { if (p.Done == 1) cancel.Cancel(); });
        var act = () => Sweep.Execute(spec, resumed, Shard.All, parallel: 1, progress, cancel.Token);
        act.Should().Throw<SweepInterruptedException>().Which.Complete.Should().Be(1);

        Sweep.Execute(spec, resumed, Shard.All, parallel: 1).Skipped.Should().Be(1);
        ShouldBeIdentical(resumed, whole);
    }

    [Fact]
    public void A_failed_run_is_reported_and_the_others_complete()
    {
        var spec = Load(Experiment, "replications=2", "grid.adoption.q=[0.5]");
        var directory = Dir("failing");
        // A folder where one dataset file should go: that run cannot write it.
        Directory.CreateDirectory(Path.Combine(directory, "gap_ticks", "arm=links", "point=p0", "rep=1.parquet"));

        var result = Sweep.Execute(spec, directory, Shard.All, parallel: 2);

        result.Failures.Should().ContainSingle().Which.Run.Should().Be(spec.Run(3));
        result.Ran.Should().Be(3);
        Directory.Delete(Path.Combine(directory, "gap_ticks", "arm=links", "point=p0", "rep=1.parquet"));
        var retry = Sweep.Execute(spec, directory, Shard.All, parallel: 2);
        (retry.Ran, retry.Skipped, retry.Failures.Count).Should().Be((1, 3, 0));
    }

    [Fact]
    public void Dataset_files_carry_the_experiment_columns_and_provenance()
    {
        var spec = Load(Experiment, "replications=1");
        var directory = Dir("d");
        Sweep.Execute(spec, directory, new Shard(3, 4), parallel: 1);

        var table = ParquetFile.Read(Path.Combine(directory, "city_ticks", "arm=links", "point=p1", "rep=0.parquet"));
        table.Schema.Columns.Take(6).Select(c => c.Name).Should().Equal("arm", "point", "adoption.q", "replicate", "run_id", "scenario");
        table.GetString("arm").Should().AllBe("links");
        table.GetString("point").Should().AllBe("p1");
        table.GetDouble("adoption.q").Should().AllSatisfy(q => q.Should().Be(0.6));
        table.GetInt32("replicate").Should().OnlyContain(x => x == 0);
        table.GetInt64("seed").Should().OnlyContain(x => x == GridExpansion.ReplicateSeed(11, 0));
        table.RowCount.Should().Be(2 * 7);
        table.GetMetadata("adoptionsim.experiment").Should().Be("tiny");
        table.GetMetadata("adoptionsim.experiment_sha256").Should().Be(spec.FileSha256).And.HaveLength(64);
        table.GetMetadata("adoptionsim.experiment_json").Should().Contain("\"replications\":1");
        table.GetMetadata("adoptionsim.arm").Should().Be("links");
        table.GetMetadata("adoptionsim.scenario_json").Should().Contain("\"intercity_ties_per_firm\": 2");
        table.GetMetadata("adoptionsim.version").Should().NotBeNullOrEmpty();
        table.GetMetadata("adoptionsim.commit").Should().NotBeNullOrEmpty();
        table.CreatedBy.Should().Be(AdoptionSim.Core.BuildInfo.CreatedBy, "AdoptionSim's files name its build, not the Parquet library");

        var manifest = ExperimentManifest.Read(directory);
        manifest["experiment"]!["experiment_sha256"]!.GetValue<string>().Should().Be(spec.FileSha256);
        manifest["experiment"]!["overrides"]!.AsArray().Select(o => o!.GetValue<string>()).Should().Equal("replications=1");
        manifest["version"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        var points = ParquetFile.Read(Path.Combine(directory, "points.parquet"));
        points.GetDouble("adoption.q").Should().Equal(0.3, 0.6);
        points.CreatedBy.Should().Be(AdoptionSim.Core.BuildInfo.CreatedBy);
    }

    [Fact]
    public void Paired_differences_of_an_arm_against_itself_are_exactly_zero()
    {
        var spec = Load("""
            arms:
              - {name: a, scenario: two.yaml}
              - {name: same, scenario: two.yaml}
            replications: 3
            ticks: 6
            """);
        var directory = Dir("self");
        Sweep.Execute(spec, directory, Shard.All, parallel: 2);
        var report = ExperimentSummarizer.Summarize(SummaryInput.FromSweep(directory), Path.Combine(directory, "summary"));

        foreach (var file in new[] { SummaryTables.GapDifferences.FileName, SummaryTables.CityDifferences.FileName, SummaryTables.NationalDifferences.FileName })
        {
            var table = ParquetFile.Read(Path.Combine(directory, "summary", file));
            table.CreatedBy.Should().Be(AdoptionSim.Core.BuildInfo.CreatedBy, file);
            var n = table.GetInt32("n");
            n.Count(x => x == 3).Should().BeGreaterThan(table.RowCount / 2, file);
            table.GetString("arm").Should().AllBe("same");
            table.GetString("baseline").Should().AllBe("a");
            foreach (var column in new[] { "mean", "sd", "ci_low", "ci_high" })
            {
                var values = table.GetDouble(column);
                Enumerable.Range(0, table.RowCount).Where(i => n[i] >= 2).Should()
                    .AllSatisfy(i => values[i].Should().Be(0.0, $"{file} {column} row {i}"));
            }
        }

        report.Headlines.Should().HaveCount(2);
        report.Headlines[1].DifferenceSdLog!.Value.Mean.Should().Be(0);
        report.Headlines[1].DifferenceSdLog!.Value.HalfWidth.Should().Be(0);
        report.Headlines[1].SdLogProductivity.HalfWidth.Should().BeGreaterThan(0);
    }

    private sealed class SyncProgress(Action<SweepProgress> report) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value) => report(value);
    }
}

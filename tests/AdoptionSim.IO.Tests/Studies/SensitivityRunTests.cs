using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Sensitivity;
using AdoptionSim.IO.Studies;
using AdoptionSim.IO.Tests.Scenarios;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tests.Studies;

/// <summary>
/// Sensitivity analyses of a tiny design end to end (two-cities with four fixed ideas, quarter size, 12 ticks):
/// the outputs, resuming after an interruption, and shards, each compared byte for byte with one uninterrupted,
/// unsharded run.
/// </summary>
public sealed class SensitivityRunTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    private SensitivitySpec Load(string method)
    {
        _files.Write("two.yaml", File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "two-cities.yaml")));
        _files.Write("ideas.yaml", File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "calibration", "two-cities-ideas.yaml"))
            .Replace("extends: ../two-cities.yaml", "extends: two.yaml"));
        return SensitivityLoader.Load(_files.Write("s.yaml", $"""
            name: tiny
            scenario: ideas.yaml
            parameters:
              - {"{"}key: adoption.q, lower: 2, upper: 8{"}"}
              - {"{"}key: network.competitor_trust, lower: 0.2, upper: 1{"}"}
            method: {method}
            morris: {"{"}trajectories: 3{"}"}
            sobol: {"{"}base_samples: 4{"}"}
            outputs:
              - {"{"}name: adoption, measure: city_ticks.adoption_share, at_ticks: [8, 12]{"}"}
              - {"{"}name: gap, measure: gap_ticks.adoption_share.sd_log, at_ticks: [12]{"}"}
            replications: 2
            bootstrap_resamples: 200
            seed: 5
            ticks: 12
            """.Replace("morris: {trajectories: 3}\n", method == "morris" ? "morris: {trajectories: 3}\n" : "")
               .Replace("sobol: {base_samples: 4}\n", method == "sobol" ? "sobol: {base_samples: 4}\n" : "")));
    }

    private string Dir(string name) => Path.Combine(_files.Dir, name);

    [Fact]
    public void A_morris_analysis_writes_its_tables_summary_and_figures()
    {
        var spec = Load("morris");
        var result = SensitivityRunner.Execute(spec, Dir("out"), new StudyRunOptions { Parallel = 2 });

        result.ShardOnly.Should().BeFalse();
        result.Runs.Should().Be(3 * 3 * 2);
        result.Estimates.Select(e => e.Response.Name).Should().Equal("adoption@tick=8", "adoption@tick=12", "gap@tick=12");
        var q = result.Estimates[1].Morris!.Single(m => m.Parameter == "adoption.q");
        q.MuStar.Should().BeGreaterThan(0, "more imitation means more adoption at tick 12");
        var indices = ParquetFile.Read(Path.Combine(Dir("out"), "indices.parquet"));
        indices.RowCount.Should().Be(3 * 2);
        indices.GetString("parameter").Should().StartWith(["adoption.q", "network.competitor_trust"]);
        indices.GetMetadata("adoptionsim.analysis").Should().Be("sensitivity");
        var design = ParquetFile.Read(Path.Combine(Dir("out"), "design.parquet"));
        design.RowCount.Should().Be(9);
        ParquetFile.Read(Path.Combine(Dir("out"), "outputs.parquet")).RowCount.Should().Be(18 * 3);
        File.ReadAllText(Path.Combine(Dir("out"), SensitivityOutputs.SummaryFile)).Should().Contain("\"mu_star\"").And.Contain("\"file_sha256\"");
        Directory.GetFiles(Path.Combine(Dir("out"), "figures"), "*.svg").Select(Path.GetFileName).Should()
            .Contain(["morris-scatter--adoption-tick12.svg", "morris-mu-star--gap-tick12.svg"]);
        // The batch is a sweep like any other: its dataset holds every distinct run (on a 4-level grid, trajectories
        // share points: each is run once), with the parameters as columns.
        var batch = StudyBatch.Folder(Dir("out"), 0);
        File.Exists(Path.Combine(batch, ExperimentManifest.FileName)).Should().BeTrue();
        var distinct = design.GetString("point").Distinct().Count();
        distinct.Should().BeLessThan(9);
        Directory.GetFiles(Path.Combine(batch, "city_ticks"), "*.parquet", SearchOption.AllDirectories).Should().HaveCount(distinct * 2);
        ParquetFile.Read(Path.Combine(batch, "city_ticks", "arm=model", "point=p0", "rep=0.parquet")).Schema.Columns.Select(c => c.Name)
            .Should().StartWith(["arm", "point", "adoption.q", "network.competitor_trust", "replicate"]);
    }

    [Fact]
    public void An_interrupted_analysis_resumes_to_the_same_bytes_without_redoing_finished_runs()
    {
        var spec = Load("morris");
        SensitivityRunner.Execute(spec, Dir("whole"), new StudyRunOptions { Parallel = 1 });

        using var cancel = new CancellationTokenSource();
        var first = new CountingProgress(cancel, runs: 7);
        var interrupt = () => SensitivityRunner.Execute(spec, Dir("resumed"), new StudyRunOptions { Parallel = 1, Progress = first }, cancel.Token);
        interrupt.Should().Throw<SweepInterruptedException>();
        File.Exists(Path.Combine(Dir("resumed"), SensitivityOutputs.SummaryFile)).Should().BeFalse("nothing is estimated before every run is done");

        var second = new CountingProgress();
        SensitivityRunner.Execute(spec, Dir("resumed"), new StudyRunOptions { Parallel = 2, Progress = second });
        second.Skipped.Should().BeGreaterThanOrEqualTo(7, "the runs finished before the interruption are not run again");
        second.Ran.Should().Be(Directory.GetFiles(Dir("whole"), "run.json", SearchOption.AllDirectories).Length - second.Skipped);
        StudyFolders.ShouldBeIdentical(Dir("resumed"), Dir("whole"));
    }

    [Fact]
    public void Shards_then_the_unsharded_command_give_the_unsharded_bytes()
    {
        var spec = Load("sobol");
        var whole = SensitivityRunner.Execute(spec, Dir("whole"), new StudyRunOptions { Parallel = 2 });
        whole.Estimates.Should().HaveCount(3);
        whole.Estimates[0].Sobol!.Indices.Should().HaveCount(2);

        for (var i = 0; i < 3; i++)
        {
            var part = SensitivityRunner.Execute(spec, Dir("sharded"), new StudyRunOptions { Shard = new Shard(i, 3), Parallel = 1 });
            part.ShardOnly.Should().BeTrue();
        }

        var last = new CountingProgress();
        SensitivityRunner.Execute(spec, Dir("sharded"), new StudyRunOptions { Parallel = 2, Progress = last });
        last.Ran.Should().Be(0, "the shards made every run");
        StudyFolders.ShouldBeIdentical(Dir("sharded"), Dir("whole"));
    }

    [Fact]
    public void A_folder_of_another_analysis_is_refused()
    {
        var spec = Load("morris");
        SensitivityRunner.Execute(spec, Dir("out"), new StudyRunOptions { Parallel = 2 });
        var other = SensitivityLoader.Load(spec.Setup.FilePath, ["seed=6"]);
        var act = () => SensitivityRunner.Execute(other, Dir("out"), new StudyRunOptions());
        act.Should().Throw<IOException>().WithMessage("*holds the runs of a different sensitivity*use another --out*");
    }
}

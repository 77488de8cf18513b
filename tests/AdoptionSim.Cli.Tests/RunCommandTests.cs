using System.Text.Json.Nodes;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Parquet;
using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests;

/// <summary><c>adoptionsim run</c> end to end: files, determinism, provenance, refusals.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-run-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out(string name) => Path.Combine(_dir, name);

    /// <summary>Every scenario file shipped in scenarios/ (experiment files live in scenarios/experiments/).</summary>
    public static TheoryData<string> ShippedScenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot(), "scenarios"), "*.yaml").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Every_shipped_scenario_runs_for_a_few_ticks(string file)
    {
        var (exit, output, error) = Run("run", Scenario(file), "--ticks", "3", "--out", Out("r"));
        exit.Should().Be(0, error);
        output.Should().Contain("results:");
        foreach (var name in new[] { "city_ticks.parquet", "gap_ticks.parquet", "cities.parquet", "ideas.parquet", "firms.parquet", "adoptions.parquet", "run.json", "summary.json" })
            File.Exists(Path.Combine(Out("r"), name)).Should().BeTrue(name);
        var cities = ParquetFile.Read(Path.Combine(Out("r"), "cities.parquet")).RowCount;
        ParquetFile.Read(Path.Combine(Out("r"), "city_ticks.parquet")).RowCount.Should().Be(cities * 4); // ticks 0..3
    }

    private static readonly string[] ParquetFiles = ["city_ticks.parquet", "gap_ticks.parquet", "cities.parquet", "ideas.parquet", "firms.parquet", "adoptions.parquet"];

    private void RunTwoCities(string name, int seed, int threads)
    {
        // ~21,500 firms: several chunks of the adoption phase, so two threads really split the work.
        var (exit, _, error) = Run("run", Scenario("two-cities.yaml"), "--ticks", "12", "--seed", seed.ToString(), "--threads", threads.ToString(),
            "--set", "firms.per_thousand=10", "--out", Out(name));
        exit.Should().Be(0, error);
    }

    [Fact]
    public void Same_seed_gives_byte_identical_parquet_whatever_the_thread_count_and_another_seed_differs()
    {
        RunTwoCities("a", 3, 1);
        RunTwoCities("b", 3, 2);
        RunTwoCities("c", 3, 2);
        RunTwoCities("d", 4, 2);
        foreach (var file in ParquetFiles)
        {
            var a = File.ReadAllBytes(Path.Combine(Out("a"), file));
            File.ReadAllBytes(Path.Combine(Out("b"), file)).Should().Equal(a, $"{file}: threads 1 vs 2");
            File.ReadAllBytes(Path.Combine(Out("c"), file)).Should().Equal(a, $"{file}: a repeat");
        }
        File.ReadAllBytes(Path.Combine(Out("d"), "city_ticks.parquet")).Should().NotEqual(File.ReadAllBytes(Path.Combine(Out("a"), "city_ticks.parquet")));
    }

    [Fact]
    public void Outputs_say_what_produced_them()
    {
        Run("run", Scenario("two-cities.yaml"), "--ticks", "2", "--seed", "9", "--out", Out("p")).ExitCode.Should().Be(0);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Out("p"), "run.json")))!;
        manifest["seed"]!.GetValue<long>().Should().Be(9);
        manifest["scenario"]!.GetValue<string>().Should().Be("two-cities");
        manifest["resolved_scenario"]!["adoption"]!["q"]!.GetValue<double>().Should().Be(new AdoptionSpec().Q);
        manifest["version"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        var table = ParquetFile.Read(Path.Combine(Out("p"), "city_ticks.parquet"));
        table.GetMetadata("adoptionsim.seed").Should().Be("9");
        table.GetMetadata("adoptionsim.run_id").Should().Be(manifest["run_id"]!.GetValue<string>());
        table.GetMetadata("adoptionsim.scenario_sha256").Should().Be(manifest["scenario_sha256"]!.GetValue<string>());
        table.CreatedBy.Should().Be(AdoptionSim.Core.BuildInfo.CreatedBy).And.StartWith("adoptionsim version ");
        table.GetInt64("seed").Should().OnlyContain(s => s == 9);
    }

    [Fact]
    public void A_non_empty_output_folder_is_refused_without_force()
    {
        Directory.CreateDirectory(Out("full"));
        File.WriteAllText(Path.Combine(Out("full"), "keep.txt"), "mine");
        var (exit, _, error) = Run("run", Scenario("two-cities.yaml"), "--ticks", "1", "--out", Out("full"));
        exit.Should().Be(1);
        error.Should().Contain("not empty").And.Contain("--force");
        File.Exists(Path.Combine(Out("full"), "keep.txt")).Should().BeTrue();
        Directory.GetDirectories(_dir).Should().HaveCount(1, "no staging folder is left behind");

        Run("run", Scenario("two-cities.yaml"), "--ticks", "1", "--out", Out("full"), "--force").ExitCode.Should().Be(0);
        File.Exists(Path.Combine(Out("full"), "keep.txt")).Should().BeFalse();
        File.Exists(Path.Combine(Out("full"), "run.json")).Should().BeTrue();
    }

    [Fact]
    public void An_invalid_scenario_exits_2_with_located_errors_and_writes_nothing()
    {
        var (exit, _, error) = Run("run", Scenario("two-cities.yaml"), "--set", "adoption.q=-1", "--out", Out("bad"));
        exit.Should().Be(2);
        error.Should().Contain("--set:1:").And.Contain("adoption.q");
        Directory.Exists(Out("bad")).Should().BeFalse();
    }

    [Fact]
    public void No_events_skips_the_adoption_table()
    {
        Run("run", Scenario("two-cities.yaml"), "--ticks", "2", "--no-events", "--out", Out("n")).ExitCode.Should().Be(0);
        File.Exists(Path.Combine(Out("n"), "adoptions.parquet")).Should().BeFalse();
        File.Exists(Path.Combine(Out("n"), "city_ticks.parquet")).Should().BeTrue();
    }
}

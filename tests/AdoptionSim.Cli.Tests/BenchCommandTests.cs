using System.Globalization;
using AdoptionSim.Parquet;
using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests;

/// <summary><c>adoptionsim bench FILE</c>: the real run path, every key printed, nothing left behind.</summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-benchtest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string BenchScenario = Path.Combine("bench", "bass-network.yaml");

    /// <summary>The tick phases of AdoptionModel.Schedule(), plus the build and writing outputs.</summary>
    /// <summary>Build, every phase of the model's schedule in order, then the outputs.</summary>
    private static readonly string[] Parts =
        ["build", .. AdoptionSim.Model.AdoptionModel.Schedule().PhaseSeconds().Select(p => p.Key), "outputs"];

    private static Dictionary<string, string> Keys(string output)
    {
        var keys = new Dictionary<string, string>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ');
            parts.Should().HaveCount(2, $"'{line}' is one key and one value");
            keys.Add(parts[0], parts[1]);
        }
        return keys;
    }

    private static double Number(Dictionary<string, string> keys, string key) => double.Parse(keys[key], CultureInfo.InvariantCulture);

    private static string[] BenchFolders() =>
        Directory.GetDirectories(Path.GetTempPath(), "adoptionsim-bench-*").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Bench_on_a_tiny_firm_count_prints_every_key_and_removes_its_run_folder()
    {
        var before = BenchFolders();
        var (exit, output, error) = Run("bench", Scenario(BenchScenario), "--firms", "3000", "--ticks", "12", "--threads", "2", "--seed", "5");
        exit.Should().Be(0, error);
        var keys = Keys(output);

        var expected = new[] { "scenario", "firms", "ticks", "threads", "seed", "firm_ticks", "adopt_firm_ticks_per_s", "run_firm_ticks_per_s", "run_seconds" }
            .Concat(Parts.Select(p => $"seconds.{p}")).Concat(Parts.Select(p => $"share.{p}"))
            .Concat(["peak_memory_mb", "final_adopters", "final_share"]);
        keys.Keys.Should().Equal(expected, "the keys and their order are what scripts/bench.sh reads");
        (keys["scenario"], keys["firms"], keys["ticks"], keys["threads"], keys["seed"]).Should().Be(("bass-network", "3000", "12", "2", "5"));
        Number(keys, "firm_ticks").Should().Be(36_000);
        foreach (var key in new[] { "adopt_firm_ticks_per_s", "run_firm_ticks_per_s", "run_seconds", "peak_memory_mb" })
            Number(keys, key).Should().BePositive(key);
        Parts.Sum(p => Number(keys, $"share.{p}")).Should().BeApproximately(1.0, 0.002, "the parts add up to the run (each share rounded to 4 places)");
        Parts.Sum(p => Number(keys, $"seconds.{p}")).Should().BeApproximately(Number(keys, "run_seconds"), 0.01);
        // run_seconds is printed to 3 decimals, so on a ~10 ms run it is only known to ±0.0005 s (±5%): the rate
        // must lie between the rates those two ends give, with 1% for the rate's own rounding to 4 significant figures.
        var seconds = Number(keys, "run_seconds");
        Number(keys, "run_firm_ticks_per_s").Should().BeInRange(36_000 / (seconds + 0.0005) * 0.99, 36_000 / Math.Max(seconds - 0.0005, 1e-6) * 1.01);
        Number(keys, "final_share").Should().BeApproximately(Number(keys, "final_adopters") / 3000, 1e-6);
        BenchFolders().Should().BeSubsetOf(before, "the run's temporary folder is removed");
    }

    [Fact]
    public void Bench_runs_the_same_model_as_run_and_so_ends_with_the_same_adopters()
    {
        var (exit, output, error) = Run("bench", Scenario(BenchScenario), "--firms", "4000", "--ticks", "30", "--threads", "1");
        exit.Should().Be(0, error);
        var run = Run("run", Scenario(BenchScenario), "--set", "firms.count=4000", "--ticks", "30", "--threads", "2", "--no-events", "--out", _dir, "--force");
        run.ExitCode.Should().Be(0, run.Error);

        var cityTicks = ParquetFile.Read(Path.Combine(_dir, "city_ticks.parquet"));
        var last = Array.IndexOf(cityTicks.GetInt32("tick"), 30);
        var adopters = cityTicks.GetInt32("adopters")[last];
        adopters.Should().BeInRange(1, 3999, "30 ticks of Bass diffusion leave some firms adopting and some not");
        Keys(output)["final_adopters"].Should().Be(adopters.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("--firms", "0")]
    [InlineData("--ticks", "0")]
    [InlineData("--threads", "0")]
    public void Bench_refuses_bad_counts_as_usage_errors(string option, string value)
    {
        var (exit, _, error) = Run("bench", Scenario(BenchScenario), option, value);
        exit.Should().Be(64);
        error.Should().Contain(option);
    }

    [Fact]
    public void Bench_reports_an_invalid_override_like_run_does()
    {
        var (exit, _, error) = Run("bench", Scenario(BenchScenario), "--firms", "100", "--set", "adoption.q=-1");
        exit.Should().Be(2);
        error.Should().Contain("adoption.q");
    }
}

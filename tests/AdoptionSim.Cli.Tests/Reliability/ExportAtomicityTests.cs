using AdoptionSim.Parquet;
using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests.Reliability;

/// <summary><c>export</c> of a sweep covers every table (dataset partitions, each run's tables, summaries), and a failed export leaves nothing.</summary>
public sealed class ExportAtomicityTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-export2-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Sweep()
    {
        var experiment = Path.Combine(_dir, "e.yaml");
        File.WriteAllText(experiment, $"name: e\narms:\n  - {{name: a, scenario: {Scenario("two-cities.yaml")}}}\n  - {{name: b, scenario: {Scenario("two-cities.yaml")}, set: {{adoption.q: 0.6}}}}\nreplications: 2\nticks: 2\n");
        var output = Path.Combine(_dir, "sweep");
        Run("sweep", experiment, "--out", output).ExitCode.Should().Be(0);
        Run("summarize", output).ExitCode.Should().Be(0);
        return output;
    }

    private static long ParquetRows(string folder, string pattern) =>
        Directory.GetFiles(folder, pattern, SearchOption.AllDirectories).Sum(f => (long)ParquetFile.Read(f).RowCount);

    private static long CsvRows(string file) => File.ReadLines(file).Count() - 1;

    [Fact]
    public void Export_of_a_sweep_writes_every_table_with_its_partitions_as_columns()
    {
        var sweep = Sweep();

        var (exit, output, error) = Run("export", sweep, "--format", "csv");

        exit.Should().Be(0, error);
        var csv = Path.Combine(sweep, "csv");
        var written = Directory.GetFiles(csv, "*.csv", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(csv, f)).Order(StringComparer.Ordinal).ToList();
        written.Should().Contain(["city_ticks.csv", "gap_ticks.csv", "points.csv", Path.Combine("runs", "cities.csv"), Path.Combine("runs", "ideas.csv"), Path.Combine("summary", "summary_city.csv")]);
        CsvRows(Path.Combine(csv, "city_ticks.csv")).Should().Be(ParquetRows(Path.Combine(sweep, "city_ticks"), "*.parquet"));
        CsvRows(Path.Combine(csv, "runs", "cities.csv")).Should().Be(ParquetRows(Path.Combine(sweep, "runs"), "cities.parquet"));
        File.ReadLines(Path.Combine(csv, "runs", "cities.csv")).First().Should().StartWith("arm,point,rep,city_id,", "the folders' partitions become columns");
        File.ReadLines(Path.Combine(csv, "city_ticks.csv")).First().Should().StartWith("arm,point,replicate,run_id,", "columns the files already have are not repeated");
        output.Should().Contain("city_ticks.csv").And.Contain("runs/cities.csv");
        Directory.GetDirectories(sweep, ".*", SearchOption.AllDirectories).Should().BeEmpty("no staging folder or lock is left");
        Directory.GetFiles(sweep, ".*", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void A_failed_export_leaves_no_csv_and_keeps_an_earlier_export_whole()
    {
        var sweep = Sweep();
        var csv = Path.Combine(sweep, "csv");
        Run("export", sweep).ExitCode.Should().Be(0);
        var before = Directory.GetFiles(csv, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        // One partition of gap_ticks damaged: the export fails after writing some tables, in its staging folder.
        var victim = Directory.GetFiles(Path.Combine(sweep, "gap_ticks"), "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last();
        File.WriteAllBytes(victim, File.ReadAllBytes(victim)[..100]);
        var (exit, _, error) = Run("export", sweep);

        exit.Should().Be(2, error);
        error.Should().Contain(victim).And.Contain("not a readable Parquet file");
        Directory.GetFiles(csv, "*", SearchOption.AllDirectories).Should().BeEquivalentTo(before.Keys, "nothing of the failed export reaches the output");
        foreach (var (file, bytes) in before) File.ReadAllBytes(file).Should().Equal(bytes, file);
        Directory.GetDirectories(sweep, ".*", SearchOption.AllDirectories).Should().BeEmpty("the staging folder is removed");

        var fresh = Path.Combine(_dir, "fresh");
        Run("export", sweep, "--out", fresh).ExitCode.Should().Be(2);
        Directory.Exists(fresh).Should().BeFalse("a new output folder appears only when complete");
    }
}

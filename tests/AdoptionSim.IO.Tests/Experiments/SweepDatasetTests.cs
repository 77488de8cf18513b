using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Plotting;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.IO.Tests.Runs;
using AdoptionSim.IO.Tests.Scenarios;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tests.Experiments;

/// <summary>
/// A sweep with a policy lever (two-cities with an innovation fund, against the same without it; 2 replicates,
/// 6 ticks): the runs' per-tick tables go straight into the dataset, policy_ticks included, and on to the
/// summaries and the figures.
/// </summary>
public sealed class SweepDatasetTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    private const string Experiment = """
        name: lever
        arms:
          - name: base
            scenario: two-funded.yaml
            set: {policies: []}
          - name: funded
            scenario: two-funded.yaml
        replications: 2
        master_seed: 5
        ticks: 6
        """;

    private (ExperimentSpec Spec, string Directory) Sweep()
    {
        LeverScenario.Write(_files);
        var spec = ExperimentLoader.Load(_files.Write("lever.yaml", Experiment), []);
        var directory = Path.Combine(_files.Dir, "sweep");
        var result = IO.Experiments.Sweep.Execute(spec, directory, Shard.All, parallel: 2);
        result.Failures.Should().BeEmpty();
        result.Ran.Should().Be(4);
        return (spec, directory);
    }

    [Fact]
    public void Dataset_files_hold_exactly_the_run_tables_after_the_experiment_columns()
    {
        var (spec, directory) = Sweep();
        var run = spec.Run(3); // arm funded, replicate 1
        var scenario = spec.Scenario(run.Arm, run.Point);
        var alone = ScenarioRun.Execute(new RunRequest(scenario, run.Seed, scenario.Ticks, 1, Path.Combine(_files.Dir, "alone"), Force: true, WriteEvents: false));
        var prefix = SweepLayout.PrefixColumns(spec).Count;

        foreach (var table in SweepLayout.DatasetTables)
        {
            var dataset = ParquetFile.Read(SweepLayout.DatasetFile(directory, table.Name, "funded", "p0", 1));
            var own = ParquetFile.Read(Path.Combine(alone.Directory, table.FileName));
            dataset.Schema.Columns.Skip(prefix).Should().Equal(own.Schema.Columns, table.Name);
            dataset.RowCount.Should().Be(own.RowCount).And.BePositive(table.Name);
            dataset.Metadata.Skip(7).Should().Equal(own.Metadata, "the run's own metadata follows the experiment's");
            dataset.GetString("arm").Should().AllBe("funded");
            dataset.GetInt32("replicate").Should().AllSatisfy(r => r.Should().Be(1));
            for (var c = 0; c < own.Schema.Columns.Count; c++)
            {
                for (var row = 0; row < own.RowCount; row++)
                {
                    Bits(dataset.GetValue(prefix + c, row)).Should().Be(Bits(own.GetValue(c, row)), $"{table.Name}.{own.Schema.Columns[c].Name} row {row}");
                }
            }
        }

        var runFolder = SweepLayout.RunFolder(directory, "funded", "p0", 1);
        Directory.EnumerateFiles(runFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should()
            .Equal("cities.parquet", "ideas.parquet", "run.json", "summary.json");
        ParquetFile.Read(SweepLayout.DatasetFile(directory, "policy_ticks", "base", "p0", 0)).RowCount.Should().Be(0, "the base arm has no lever");
    }

    /// <summary>Doubles by their bits (NaN equals NaN, −0 differs from 0); everything else by value.</summary>
    private static object? Bits(object? value) => value is double d ? BitConverter.DoubleToInt64Bits(d) : value;

    [Fact]
    public void Policy_measures_are_summarized_per_city_and_per_lever_with_differences_against_a_baseline_without_the_lever()
    {
        var (_, directory) = Sweep();
        var summaryDir = Path.Combine(directory, "summary");
        var report = ExperimentSummarizer.Summarize(SummaryInput.FromSweep(directory), summaryDir);
        report.RowCounts[SummaryTables.Policy.FileName].Should().Be(6 * 2 * 12, "ticks 1–6 × 2 cities × 12 measures, funded arm only");
        report.RowCounts[SummaryTables.PolicyNational.FileName].Should().Be(6 * 12, "ticks 1–6 × 12 measures: each city's share of the budget is its own, so all 12 sum");

        // By hand: the national spend of each replicate is its cities' spend summed, then mean and Student-t
        // interval over the two replicates (t_{0.975, 1} = 12.706).
        var spend = Enumerable.Range(0, 2).Select(rep =>
        {
            var t = ParquetFile.Read(SweepLayout.DatasetFile(directory, "policy_ticks", "funded", "p0", rep));
            return t.GetInt32("tick").Zip(t.GetDouble("spend")).Where(x => x.First == 4).Sum(x => x.Second);
        }).ToArray();
        spend.Should().AllSatisfy(s => s.Should().BePositive());
        var national = Rows(Path.Combine(summaryDir, SummaryTables.PolicyNational.FileName), "funded", tick: 4, "spend");
        national.Lever.Should().Be(LeverScenario.Lever);
        national.Type.Should().Be("innovation_fund");
        national.N.Should().Be(2);
        national.Mean.Should().BeApproximately(spend.Average(), 1e-9 * spend.Average());
        var halfWidth = 12.706204736174705 * Math.Abs(spend[0] - spend[1]) / Math.Sqrt(2) / Math.Sqrt(2);
        (national.High - national.Mean).Should().BeApproximately(halfWidth, 1e-9 * Math.Max(1, halfWidth));

        // The baseline has no lever: it spent nothing, so arm − baseline is the arm's own spend, paired.
        var difference = Rows(Path.Combine(summaryDir, SummaryTables.PolicyNationalDifferences.FileName), "funded", tick: 4, "spend");
        difference.N.Should().Be(2);
        difference.Mean.Should().Be(national.Mean);
        ParquetFile.Read(Path.Combine(summaryDir, SummaryTables.Policy.FileName)).GetString("arm").Should().AllBe("funded");
    }

    [Fact]
    public void Region_measures_are_summarized_per_region_and_over_regions()
    {
        var (_, directory) = Sweep();
        var summaryDir = Path.Combine(directory, "summary");
        ExperimentSummarizer.Summarize(SummaryInput.FromSweep(directory), summaryDir);
        var regions = ParquetFile.Read(Path.Combine(summaryDir, SummaryTables.Region.FileName));
        regions.GetString("region").Distinct().Order(StringComparer.Ordinal).Should().Equal("Hub", "Smalltown");
        var national = ParquetFile.Read(Path.Combine(summaryDir, SummaryTables.RegionNational.FileName));
        double Value(string arm, int tick, string measure) => Enumerable.Range(0, national.RowCount)
            .Where(i => national.GetString("arm")[i] == arm && national.GetInt32("tick")[i] == tick && national.GetString("measure")[i] == measure)
            .Select(i => national.GetDouble("mean")[i]).Single();

        // By hand from the dataset: the mean stage over the two regions, then over the two replicates; moments summed over regions.
        var (stage, moments) = (0.0, 0.0);
        for (var rep = 0; rep < 2; rep++)
        {
            var t = ParquetFile.Read(SweepLayout.DatasetFile(directory, "region_ticks", "funded", "p0", rep));
            var rows = Enumerable.Range(0, t.RowCount).Where(i => t.GetInt32("tick")[i] == 6).ToList();
            stage += rows.Average(i => t.GetInt32("stage_index")[i]) / 2;
            moments += rows.Sum(i => t.GetInt32("critical_moment")[i]) / 2.0;
        }
        Value("funded", 6, "stage_index").Should().BeApproximately(stage, 1e-12);
        Value("funded", 6, "critical_moment").Should().BeApproximately(moments, 1e-12);
        Value("funded", 4, "spend").Should().BeApproximately(Rows(Path.Combine(summaryDir, SummaryTables.PolicyNational.FileName), "funded", 4, "spend").Mean, 1e-6,
            "the regions' spend is the levers' spend");

        var figures = FigurePlotter.Plot(directory, new PlotOptions { Only = ["journeys"] });
        figures.Files.Should().ContainSingle().Which.Should().EndWith("journeys.svg");
        File.ReadAllText(figures.Files[0]).Should().Contain("Regional innovation journeys").And.Contain("Smalltown");
    }

    private sealed record SummaryRowRead(string Lever, string Type, int N, double Mean, double High);

    private static SummaryRowRead Rows(string path, string arm, int tick, string measure)
    {
        var t = ParquetFile.Read(path);
        var row = Enumerable.Range(0, t.RowCount).Single(i => t.GetString("arm")[i] == arm && t.GetInt32("tick")[i] == tick && t.GetString("measure")[i] == measure);
        return new SummaryRowRead(t.GetString("lever")[row]!, t.GetString("type")[row]!, t.GetInt32("n")[row], t.GetDouble("mean")[row], t.GetDouble("ci_high")[row]);
    }

    [Fact]
    public void A_summarized_sweep_with_a_lever_plots_its_spend_by_arm()
    {
        var (_, directory) = Sweep();
        ExperimentSummarizer.Summarize(SummaryInput.FromSweep(directory), Path.Combine(directory, "summary"));

        var result = FigurePlotter.Plot(directory, new PlotOptions { Only = ["policy-spend--fund"] });

        var svg = File.ReadAllText(result.Files.Should().ContainSingle().Subject);
        svg.Should().Contain("Policy spend: fund").And.Contain("Spend per tick (£ million)").And.Contain("funded");
        SweepFigureData.Load(directory).Levers.Should().Equal(LeverScenario.Lever);
    }
}

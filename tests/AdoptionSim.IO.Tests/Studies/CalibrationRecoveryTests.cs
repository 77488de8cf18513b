using System.Globalization;
using System.Text;
using AdoptionSim.IO.Calibration;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.IO.Studies;
using AdoptionSim.IO.Tests.Scenarios;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tests.Studies;

/// <summary>
/// Calibration through the model: data made by one run of the model at known values are fitted, and each true
/// value must lie inside its 95% interval; sharded calibrations (rejection ABC stopping after its share, ABC-SMC's
/// shards working together) give the bytes of an unsharded one. The scenario is two-cities with four fixed ideas
/// at quarter size (scenarios/calibration/two-cities-ideas.yaml), whose moments move smoothly with the parameters.
/// </summary>
public sealed class CalibrationRecoveryTests : IDisposable
{
    private const double TrueP = 0.01, TrueQ = 5, TrueCapacity = 16;

    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    private string Dir(string name) => Path.Combine(_files.Dir, name);

    /// <summary>
    /// The observed data: one run of the scenario at its defaults (the true values) with seed 777, which no
    /// calibration uses, reduced to each city's adoption share every year, the national adoptions from outside
    /// firms' contacts every half year (the p channel) and the national introductions (the brokers' capacity).
    /// </summary>
    private void WriteData(int ticks)
    {
        _files.Write("two.yaml", File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "two-cities.yaml")));
        var ideas = _files.Write("ideas.yaml", File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "calibration", "two-cities-ideas.yaml"))
            .Replace("extends: ../two-cities.yaml", "extends: two.yaml").Replace("ticks: 40\n", $"ticks: {ticks}\n"));
        var scenario = ScenarioLoader.Load(ideas);
        scenario.Adoption.P.Should().Be(TrueP);
        scenario.Adoption.Q.Should().Be(TrueQ);
        scenario.Brokers.University.Capacity.Should().Be(TrueCapacity);
        var run = ScenarioRun.Execute(new RunRequest(scenario, 777, scenario.Ticks, 1, Dir("truth"), Force: true, WriteEvents: false));
        StudyMeasure.TryParse("city_ticks.adoption_share", out var share, out _);
        StudyMeasure.TryParse("city_ticks.adoptions_external", out var external, out _);
        StudyMeasure.TryParse("city_ticks.introductions", out var introductions, out _);
        var probes = Enumerable.Range(1, ticks / 4).SelectMany(y => new[] { "Hub", "Smalltown" }.Select(c => new MeasureProbe(share, 4 * y, c)))
            .Concat(Enumerable.Range(1, ticks / 2).Select(h => new MeasureProbe(external, 2 * h)))
            .Concat(new[] { ticks / 4, ticks / 2, ticks }.Select(t => new MeasureProbe(introductions, t))).ToList();
        var values = RunStatistics.Read(Path.Combine(run.Directory, "city_ticks.parquet"), Path.Combine(run.Directory, "gap_ticks.parquet"), probes);
        var csv = new StringBuilder("tick,city,measure,value\n");
        for (var i = 0; i < probes.Count; i++)
            csv.Append(CultureInfo.InvariantCulture, $"{probes[i].Tick},{probes[i].City},{probes[i].Measure},{values[i]:R}\n");
        _files.Write("data.csv", csv.ToString());
    }

    private CalibrationSpec Load(string parameters, string method, params string[] sets) => CalibrationLoader.Load(_files.Write("c.yaml", $"""
        name: recovery
        scenario: ideas.yaml
        parameters:
        {parameters}
        observed: {"{"}file: data.csv{"}"}
        distance:
          - {"{"}measure: city_ticks.adoption_share, weight: 2500{"}"}
          - {"{"}measure: city_ticks.adoptions_external, weight: 1{"}"}
          - {"{"}measure: city_ticks.introductions, weight: 1{"}"}
        {method}
        seed: 42
        """), sets);

    /// <summary>
    /// The method of moments recovers p, q and the universities' capacity: each 95% interval covers the truth. The
    /// seeds are fixed, so the test is deterministic; for correct intervals it would fail for about one choice of
    /// seeds in seven (three intervals), and the example's five data sets (docs/calibration.md) all cover. Budget:
    /// 8 replications, 60 evaluations; about 600 runs.
    /// </summary>
    [Fact]
    public void The_method_of_moments_recovers_the_values_that_made_the_data()
    {
        WriteData(40);
        var spec = Load("""
              - {key: adoption.p, lower: 0.002, upper: 0.05, scale: log}
              - {key: adoption.q, lower: 1, upper: 12}
              - {key: brokers.university.capacity, lower: 4, upper: 40}
            """, """
            method: smm
            smm: {replications: 8, screening_points: 12, max_evaluations: 60, jacobian_step: 0.05, covariance_replications: 30}
            """);

        var result = CalibrationRunner.Execute(spec, Dir("smm"), new StudyRunOptions { Parallel = 2 });

        var fit = result.Fit!;
        fit.Identified.Should().BeTrue();
        double[] truth = [TrueP, TrueQ, TrueCapacity];
        for (var i = 0; i < 3; i++)
            fit.Estimates[i].Interval.Contains(truth[i]).Should().BeTrue($"{fit.Estimates[i].Parameter}: {fit.Estimates[i].Value} in {fit.Estimates[i].Interval} should cover {truth[i]}");
        // The capacity is pinned by the introductions: its interval is narrow as well as right.
        fit.Estimates[2].Interval.Width.Should().BeLessThan(0.2 * TrueCapacity);
        ParquetFile.Read(Path.Combine(Dir("smm"), "estimates.parquet")).GetString("parameter").Should().Equal("adoption.p", "adoption.q", "brokers.university.capacity");
        ParquetFile.Read(Path.Combine(Dir("smm"), "moments.parquet")).RowCount.Should().Be(spec.Observations.Count);
        File.Exists(Path.Combine(Dir("smm"), "figures", "fitted-vs-observed.svg")).Should().BeTrue();
    }

    [Fact]
    public void Rejection_abc_shards_stop_after_their_share_and_give_the_unsharded_bytes()
    {
        WriteData(20);
        var spec = Load("""
              - {key: adoption.q, lower: 1, upper: 12}
              - {key: brokers.university.capacity, lower: 4, upper: 40}
            """, """
            method: abc-rejection
            abc_rejection: {simulations: 120, accepted: 12}
            """);
        var whole = CalibrationRunner.Execute(spec, Dir("whole"), new StudyRunOptions { Parallel = 2 });
        var capacity = whole.Posterior!.Summarize()[1];
        capacity.Credible.Contains(TrueCapacity).Should().BeTrue($"the capacity's credible interval {capacity.Credible} covers {TrueCapacity}");

        CalibrationRunner.Execute(spec, Dir("sharded"), new StudyRunOptions { Shard = new Shard(0, 2) }).ShardOnly.Should().BeTrue();
        CalibrationRunner.Execute(spec, Dir("sharded"), new StudyRunOptions { Shard = new Shard(1, 2) }).ShardOnly.Should().BeTrue();
        var last = new CountingProgress();
        CalibrationRunner.Execute(spec, Dir("sharded"), new StudyRunOptions { Parallel = 2, Progress = last });
        last.Ran.Should().Be(0);
        StudyFolders.ShouldBeIdentical(Dir("sharded"), Dir("whole"));
    }

    [Fact]
    public async Task Abc_smc_shards_run_together_and_give_the_unsharded_bytes()
    {
        WriteData(12);
        var spec = Load("""
              - {key: brokers.university.capacity, lower: 4, upper: 40}
            """, """
            method: abc-smc
            abc_smc: {particles: 12, max_generations: 3}
            """);
        var whole = CalibrationRunner.Execute(spec, Dir("whole"), new StudyRunOptions { Parallel = 2 });
        whole.Posterior!.Generations.Should().HaveCount(3);

        // Two shards at once, each making its share of every batch and waiting for the other's.
        var progress = new[] { new CountingProgress(), new CountingProgress() };
        var shards = Enumerable.Range(0, 2).Select(i => Task.Run(() => CalibrationRunner.Execute(spec, Dir("sharded"),
            new StudyRunOptions { Shard = new Shard(i, 2), Poll = TimeSpan.FromMilliseconds(20), Progress = progress[i] }))).ToArray();
        var results = await Task.WhenAll(shards).WaitAsync(TimeSpan.FromMinutes(2));
        results.Should().AllSatisfy(r => r.ShardOnly.Should().BeTrue());
        (progress[0].Ran + progress[1].Ran).Should().Be(whole.Runs, "each run was made by exactly one shard");
        CalibrationRunner.Execute(spec, Dir("sharded"), new StudyRunOptions { Parallel = 2 });
        StudyFolders.ShouldBeIdentical(Dir("sharded"), Dir("whole"));
    }
}

using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Tests.Scenarios;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tests.Experiments;

/// <summary>Experiment files: what they mean, and errors located as file:line:col: path: message.</summary>
public sealed class ExperimentFileTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    private string Write(string text)
    {
        _files.Write("two.yaml", File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "two-cities.yaml")));
        return _files.Write("e.yaml", text);
    }

    private List<string> Errors(string text, params string[] sets)
    {
        var path = Write(text);
        var act = () => ExperimentLoader.Load(path, sets);
        return act.Should().Throw<ExperimentException>().Which.Errors
            .Select(e => e.ToString().Replace(_files.Dir + Path.DirectorySeparatorChar, "")).ToList();
    }

    [Fact]
    public void The_shipped_two_cities_example_loads_with_common_random_numbers()
    {
        var spec = ExperimentLoader.Load(Path.Combine(Repo.Root, "scenarios", "experiments", "two-cities-q.yaml"));

        spec.Arms.Select(a => a.Name).Should().Equal("baseline", "more-links");
        spec.BaselineArm.Should().Be(0);
        spec.Points.Select(p => p.Id).Should().Equal("p0", "p1", "p2");
        spec.Points.Select(p => p.Values[0].Value).Should().Equal(0.2, 0.38, 0.6);
        spec.Grid[0].Type.Should().Be(ParquetType.Double);
        spec.RunCount.Should().Be(30);
        spec.Scenario(1, 2).Adoption.Q.Should().Be(0.6);
        spec.Scenario(1, 2).Network.IntercityTiesPerFirm.Should().Be(2.0);
        spec.Scenario(0, 0).Network.IntercityTiesPerFirm.Should().Be(0.5);
        // Replicate r has one seed in every arm and grid point; the order is arm, point, replicate.
        spec.Runs().GroupBy(r => r.Replicate).Should().AllSatisfy(g => g.Select(r => r.Seed).Distinct().Should().ContainSingle());
        spec.Runs().Select(r => r.Seed).Distinct().Should().HaveCount(5);
        spec.Run(17).Should().Be(new ExperimentRun(17, 1, 0, 2, GridExpansion.ReplicateSeed(20240601, 2)));
    }

    [Fact]
    public void The_replicate_seed_is_the_documented_stream_key()
    {
        var key = new AdoptionSim.Core.Random.RandomStreams(7).Key(AdoptionSim.Core.Random.StreamPurpose.Experiment, 3);
        GridExpansion.ReplicateSeed(7, 3).Should().Be((long)(key >> 11));
        GridExpansion.ReplicateSeed(7, 3).Should().BeInRange(0, 1L << 53);
    }

    [Fact]
    public void Baseline_ranges_nested_grid_keys_and_set_overrides()
    {
        var path = Write("""
            arms:
              - {name: a, scenario: two.yaml}
              - {name: b, scenario: two.yaml, baseline: true, set: {adoption.p: 0.05}}
            grid:
              adoption.q: {from: 0.1, to: 0.5, step: 0.1}
              invention:
                initial_ideas: [2, 4]
            replications: 3
            """);

        var spec = ExperimentLoader.Load(path, ["replications=2", "ticks=4", "grid.feedbacks.exit=[true, false]"]);

        spec.BaselineArm.Should().Be(1);
        spec.Replications.Should().Be(2);
        spec.Ticks.Should().Be(4);
        spec.Grid.Select(g => (g.Key, g.Type)).Should().Equal(
            ("adoption.q", ParquetType.Double), ("invention.initial_ideas", ParquetType.Int64), ("feedbacks.exit", ParquetType.Boolean));
        spec.Grid[0].Values.Select(v => v.Text).Should().Equal("0.1", "0.2", "0.3", "0.4", "0.5");
        spec.Points.Should().HaveCount(5 * 2 * 2);
        spec.Points[0].Id.Should().Be("p00");
        spec.Points[19].Values.Select(v => v.Value).Should().Equal(0.5, 4L, false); // the last axis varies fastest
        spec.Scenario(1, 19).Adoption.P.Should().Be(0.05);
        spec.Scenario(1, 19).Adoption.Q.Should().Be(0.5);
        spec.Scenario(0, 19).Adoption.P.Should().Be(0.01, "the default, untouched by the other arm's set");
        spec.Scenario(0, 19).Ticks.Should().Be(4);
        spec.Scenario(0, 19).Feedbacks.Exit.Should().BeFalse();
    }

    [Fact]
    public void Errors_in_the_experiment_file_are_located_with_suggestions()
    {
        Errors("""
            arms:
              - name: a
                scenaro: two.yaml
              - {name: a, scenario: missing.yaml}
            replicatons: 3
            threads_per_run: 0
            """).Should().Equal(
            "e.yaml:5:1: replicatons: unknown key 'replicatons' in experiment; did you mean 'replications'?",
            "e.yaml:3:5: arms[0].scenaro: unknown key 'scenaro' in arm; did you mean 'scenario'?",
            "e.yaml:2:5: arms[0].scenario: every arm needs a scenario file (relative to the experiment file)",
            "e.yaml:4:12: arms[1].name: two arms are named 'a'",
            "e.yaml:4:25: arms[1].scenario: file not found: missing.yaml",
            "e.yaml:6:18: threads_per_run: expected an integer [1, 1024], got 0");
    }

    [Fact]
    public void Bad_grid_keys_and_values_are_located_in_the_experiment_file()
    {
        Errors("""
            arms:
              - name: a
                scenario: two.yaml
                set: {adoption.broker_outreach_q: 0.1}
            grid:
              network.gravity_bta: [0.1, 0.2]
              network.mixing: [network, ful]
              adoption.p: [0.1, -1]
            """).Should().Equal(
            "e.yaml:4:20: adoption.broker_outreach_q: unknown key 'broker_outreach_q' in adoption; did you mean 'broker_outreach_p'?",
            "e.yaml:6:11: network.gravity_bta: unknown key 'gravity_bta' in network; did you mean 'gravity_beta'?",
            "e.yaml:8:21: adoption.p: expected a value in [0, ∞), got -1",
            "e.yaml:7:29: network.mixing: expected one of 'network', 'full', got 'ful'; did you mean 'full'?");
    }

    [Fact]
    public void Errors_of_set_overrides_and_ranges_are_located()
    {
        Errors("""
            arms: [{name: a, scenario: two.yaml}]
            grid:
              adoption.q: {from: 0.5, to: 0.1, step: 0.1}
            """, "replications=0").Should().Equal(
            "e.yaml:3:42: grid.adoption.q.step: a step of 0.1 never gets from 0.5 to 0.1",
            "--set:1:14: replications: expected an integer [1, 1000000], got 0");
    }

    [Fact]
    public void An_arm_name_must_make_a_folder_name()
    {
        Errors("arms: [{name: a/b, scenario: two.yaml}]\n").Should().ContainSingle()
            .Which.Should().StartWith("e.yaml:1:15: arms[0].name: an arm name is used as a folder name");
    }
}

using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Tests.Scenarios;

namespace AdoptionSim.IO.Tests.Experiments;

/// <summary>
/// Experiment files read through the scenario files' schema machinery: the same messages and suggestions,
/// checks across keys located where the file wrote them, errors in the order of the reference.
/// </summary>
public sealed class ExperimentSchemaTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    private List<string> Errors(string text, params string[] sets) => Errors("e.yaml", text, sets);

    private List<string> Errors(string name, string text, params string[] sets)
    {
        _files.Write("two.yaml", File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "two-cities.yaml")));
        var path = _files.Write(name, text);
        var act = () => ExperimentLoader.Load(path, sets);
        return act.Should().Throw<ExperimentException>().Which.Errors
            .Select(e => e.ToString().Replace(_files.Dir + Path.DirectorySeparatorChar, "")).ToList();
    }

    [Fact]
    public void Type_errors_read_as_in_scenario_files()
    {
        Errors("""
            arms: [{name: a, scenario: two.yaml, baseline: yes}]
            replications: many
            master_seed: -1
            ticks: 2.5
            write_events: {a: 1}
            """).Should().Equal(
            "e.yaml:1:48: arms[0].baseline: expected true or false, got 'yes'",
            "e.yaml:2:15: replications: expected an integer, got 'many'",
            "e.yaml:3:14: master_seed: expected an integer ≥ 0, got -1",
            "e.yaml:4:8: ticks: expected an integer, got '2.5'",
            "e.yaml:5:15: write_events: expected true or false, got a mapping");
    }

    [Fact]
    public void Unknown_keys_in_arms_and_ranges_get_the_scenario_suggestions()
    {
        Errors("""
            arms:
              - {name: a, scenario: two.yaml, zzz: 1}
            grid:
              adoption.q: {from: 0.1, to: 0.5, stpe: 0.1}
            """).Should().Equal(
            "e.yaml:2:35: arms[0].zzz: unknown key 'zzz' in arm",
            "e.yaml:4:36: grid.adoption.q.stpe: unknown key 'stpe' in range; did you mean 'step'?",
            "e.yaml:4:15: grid.adoption.q.step: a range needs from, to and step (e.g. {from: 0.1, to: 0.5, step: 0.1})");
    }

    [Fact]
    public void Checks_across_keys_are_located_where_the_file_wrote_the_key()
    {
        Errors("""
            arms:
              - {name: a, scenario: two.yaml, baseline: true}
              - {name: b, scenario: two.yaml, baseline: true, set: [adoption.q]}
              - {scenario: two.yaml, set: {"not a path": 1}}
            """).Should().Equal(
            "e.yaml:3:45: arms[1].baseline: only one arm can be the baseline (a already is)",
            "e.yaml:3:56: arms[1].set: expected a mapping of scenario key paths to values (e.g. adoption.q: 0.5), got a list",
            "e.yaml:4:5: arms[2].name: every arm needs a name",
            "e.yaml:4:32: arms[2].set.not a path: expected a scenario key path such as adoption.q or ideas[0].complexity, got 'not a path'");
    }

    [Fact]
    public void An_experiment_needs_arms_and_a_folder_safe_name()
    {
        Errors("my experiment.yaml", "replications: 2\n").Should().Equal(
            "my experiment.yaml:1:1: name: an experiment name is used as a folder name: letters, digits, '_', '-', '.' or '+', starting with a letter or digit; got 'my experiment'",
            "my experiment.yaml:1:1: arms: an experiment needs at least one arm: arms: [{name: …, scenario: …}]");
        Errors("arms: []\n").Should().Equal("e.yaml:1:7: arms: an experiment needs at least one arm: arms: [{name: …, scenario: …}]");
        Errors("arms: 3\n").Should().Equal("e.yaml:1:7: arms: expected a list of arm, got '3'");
    }

    [Fact]
    public void Too_many_runs_are_refused_before_any_scenario_loads()
    {
        Errors("""
            arms: [{name: a, scenario: two.yaml}, {name: b, scenario: two.yaml}]
            grid:
              adoption.q: {from: 0, to: 1, step: 0.01}
            replications: 10000
            """).Should().Equal("e.yaml:3:3: grid: 2 arm(s) × 101 grid point(s) × 10000 replication(s) is more than 1,000,000 runs");
    }

    [Fact]
    public void Defaults_fill_what_the_file_leaves_out()
    {
        _files.Write("two.yaml", File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "two-cities.yaml")));
        var spec = ExperimentLoader.Load(_files.Write("short.yaml", "arms: [{name: a, scenario: two.yaml, set: }]\n"));

        spec.Name.Should().Be("short");
        spec.Description.Should().BeEmpty();
        spec.Replications.Should().Be(10);
        spec.MasterSeed.Should().Be(1);
        spec.Ticks.Should().BeNull();
        spec.ThreadsPerRun.Should().Be(1);
        spec.WriteEvents.Should().BeFalse();
        spec.KeepFirms.Should().BeFalse();
        spec.Points.Should().ContainSingle().Which.Id.Should().Be("p0");
        spec.Arms[0].Set.Should().BeEmpty();
    }

    [Theory]
    [InlineData("", new int[0])]
    [InlineData("replicatons", new[] { -1 })]
    [InlineData("replications", new[] { 4 })]
    [InlineData("arms[2].set.adoption.q", new[] { 2, 2, 4 })]
    [InlineData("arms[0].zzz", new[] { 2, 0, -1 })]
    [InlineData("grid.adoption.q.step", new[] { 3 })]
    public void Errors_are_ranked_by_their_place_in_the_schema(string path, int[] rank) =>
        SchemaOrder.Rank(ExperimentSchema.Root, path).Should().Equal(rank);
}

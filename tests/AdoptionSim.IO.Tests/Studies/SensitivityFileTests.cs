using AdoptionSim.IO.Sensitivity;
using AdoptionSim.IO.Studies;
using AdoptionSim.IO.Tests.Scenarios;

namespace AdoptionSim.IO.Tests.Studies;

/// <summary>Sensitivity files: what they mean, and errors located as file:line:col: path: message.</summary>
public sealed class SensitivityFileTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    private string Write(string text)
    {
        _files.Write("two.yaml", File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "two-cities.yaml")));
        return _files.Write("s.yaml", text);
    }

    private List<string> Errors(string text, params string[] sets)
    {
        var path = Write(text);
        var act = () => SensitivityLoader.Load(path, sets);
        return act.Should().Throw<StudyFileException>().Which.Errors
            .Select(e => e.ToString().Replace(_files.Dir + Path.DirectorySeparatorChar, "")).ToList();
    }

    [Fact]
    public void The_shipped_examples_load()
    {
        var morris = SensitivityLoader.Load(Path.Combine(Repo.Root, "scenarios", "sensitivity", "two-cities-morris.yaml"));
        morris.Method.Should().Be(SensitivityMethod.Morris);
        morris.Setup.Space.Parameters.Select(p => (p.Name, p.Scale.Name)).Should().StartWith([("adoption.p", "log"), ("adoption.q", "linear")]);
        morris.DesignPoints.Should().Be(8 * (5 + 1));
        morris.RunCount.Should().Be(96);
        morris.Responses.Select(r => r.Name).Should().Equal("adoption@tick=60", "sigma_rise@tick=60");
        morris.Responses[1].Probe.ChangeFrom.Should().Be(0);
        morris.Setup.BaseScenario.Firms.Scale.Should().Be(0.25);
        // A point of the design becomes the scenario with the parameters set, as --set would.
        var scenario = morris.Setup.ScenarioAt([0.02, 3, 0.5, 10, 0.05]);
        (scenario.Adoption.P, scenario.Adoption.Q, scenario.Brokers.University.Capacity).Should().Be((0.02, 3.0, 10.0));
        scenario.Firms.Scale.Should().Be(0.25, "the file's set: still applies");

        var sobol = SensitivityLoader.Load(Path.Combine(Repo.Root, "scenarios", "sensitivity", "two-cities-sobol.yaml"));
        sobol.Method.Should().Be(SensitivityMethod.Sobol);
        sobol.RunCount.Should().Be(128 * (3 + 2));
        var uk = SensitivityLoader.Load(Path.Combine(Repo.Root, "scenarios", "sensitivity", "uk-unsourced-morris.yaml"));
        uk.Setup.Space.Count.Should().Be(15);
        uk.RunCount.Should().Be(10 * 16 * 2);
        uk.Responses.Select(r => r.Name).Should().Equal("sd_log_rise@tick=60", "cv_rise@tick=60", "adoption@tick=60");
    }

    [Fact]
    public void Sobol_settings_overrides_and_defaults()
    {
        var spec = SensitivityLoader.Load(Write("""
            scenario: two.yaml
            parameters:
              - {key: adoption.q, lower: 1, upper: 10}
              - {key: invention.initial_ideas, lower: 2, upper: 8, scale: integer}
            method: sobol
            outputs:
              - measure: gap_ticks.adoption_share.theil
                at_ticks: [20, 40]
            """), ["sobol.base_samples=16", "replications=2", "ticks=40"]);

        spec.Setup.Name.Should().Be("s");
        spec.BaseSamples.Should().Be(16);
        spec.DesignPoints.Should().Be(16 * 4);
        spec.RunCount.Should().Be(128);
        spec.Setup.BaseScenario.Ticks.Should().Be(40);
        spec.Responses.Select(r => r.Name).Should().Equal("gap_ticks.adoption_share.theil@tick=20", "gap_ticks.adoption_share.theil@tick=40");
        spec.Setup.ScenarioAt([2.5, 5]).Invention.InitialIdeas.Should().Be(5);
        spec.BootstrapResamples.Should().Be(1000);
    }

    [Fact]
    public void Errors_in_the_file_are_located_with_suggestions()
    {
        Errors("""
            scenaro: two.yaml
            parameters:
              - {key: adoption.q, lower: 1}
              - {key: network.mixing, lower: 0, upper: 1}
              - {key: adoption.q, lower: 2, upper: 1}
              - {key: adoption.p, lower: 0, upper: 0.1, scale: log}
              - {key: invention.initial_ideas, lower: 1, upper: 5}
            method: morris
            morris: {levels: 3}
            sobol: {base_samples: 8}
            outputs:
              - {measure: city_ticks.adoption_shar, at_ticks: [10]}
              - {name: bad name, measure: city_ticks.class, at_ticks: []}
            """).Should().Equal(
            "s.yaml:1:1: scenaro: unknown key 'scenaro' in sensitivity; did you mean 'scenario'?",
            "s.yaml:1:1: scenario: expected the scenario file, relative to this file: scenario: ../uk-baseline.yaml",
            "s.yaml:3:5: parameters[0].upper: every parameter needs an upper bound",
            "s.yaml:4:11: parameters[1].key: a parameter is a number or integer key; 'network.mixing' is a choice",
            "s.yaml:5:11: parameters[2].key: parameter 'adoption.q' is listed twice",
            "s.yaml:5:40: parameters[2].upper: expected an upper bound above the lower bound 2, got 1",
            "s.yaml:6:30: parameters[3].lower: a log scale needs a positive lower bound, got 0",
            "s.yaml:7:5: parameters[4].scale: 'invention.initial_ideas' takes whole numbers: use scale: integer",
            "s.yaml:9:18: morris.levels: expected an even number of levels, got 3",
            "s.yaml:10:8: sobol: settings of method sobol are given, but the method is morris",
            "s.yaml:12:15: outputs[0].measure: expected a measure city_ticks.COLUMN or gap_ticks.VARIABLE.MEASURE (e.g. city_ticks.adoption_share, gap_ticks.mean_productivity.sd_log), got 'city_ticks.adoption_shar'; did you mean 'city_ticks.adoption_share'?",
            "s.yaml:13:12: outputs[1].name: an output name is letters, digits, '_', '-' or '.', starting with a letter; got 'bad name'",
            "s.yaml:13:31: outputs[1].measure: expected a measure city_ticks.COLUMN or gap_ticks.VARIABLE.MEASURE (e.g. city_ticks.adoption_share, gap_ticks.mean_productivity.sd_log), got 'city_ticks.class'",
            "s.yaml:13:59: outputs[1].at_ticks: expected at least one tick, e.g. at_ticks: [60]");
    }

    [Fact]
    public void A_bound_the_scenario_refuses_is_located_at_the_bound()
    {
        Errors("""
            scenario: two.yaml
            set: {adoption.qq: 1}
            parameters:
              - {key: adoption.p, lower: 0.01, upper: 2}
              - {key: adoption.pp, lower: 0, upper: 1}
            outputs:
              - {measure: gap_ticks.mean_productivity.sd_log, at_ticks: [61], change_from: 0}
            """).Should().Equal(
            "s.yaml:2:16: adoption.qq: unknown key 'qq' in adoption");
        Errors("""
            scenario: two.yaml
            parameters:
              - {key: network.competitor_trust, lower: 0.1, upper: 2}
              - {key: adoption.pp, lower: 0, upper: 1}
            outputs:
              - {measure: gap_ticks.mean_productivity.sd_log, at_ticks: [61, 0], change_from: 0}
            """).Should().Equal(
            "s.yaml:4:20: adoption.pp: unknown key 'pp' in adoption",
            "s.yaml:3:56: network.competitor_trust: expected a value in [0, 1], got 2");
        Errors("""
            scenario: two.yaml
            parameters:
              - {key: adoption.p, lower: 0.01, upper: 0.2}
            outputs:
              - {measure: gap_ticks.mean_productivity.sd_log, at_ticks: [61, 0], change_from: 0}
            """).Should().Equal(
            "s.yaml:5:61: outputs[0].at_ticks: tick 61 is past the runs' end (tick 60)",
            "s.yaml:5:83: outputs[0].change_from: the change is taken from tick 0: every tick in at_ticks must come after it");
    }
}

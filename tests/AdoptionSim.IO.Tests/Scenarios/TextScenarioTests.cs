using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.IO.Tests.Scenarios;

/// <summary>A scenario given as text (pasted into the browser view): the same schema, no file system.</summary>
public sealed class TextScenarioTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    private static List<string> Errors(string yaml, params string[] sets)
    {
        var act = () => ScenarioLoader.LoadText(yaml, "pasted.yaml", sets);
        return act.Should().Throw<ScenarioException>().Which.Errors.Select(e => e.ToString()).ToList();
    }

    [Fact]
    public void Text_gives_the_same_scenario_as_the_same_file()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "two-cities.yaml"));
        var fromFile = ScenarioLoader.Load(Path.Combine(Repo.Root, "scenarios", "two-cities.yaml"), ["adoption.q=0.5"]);
        var fromText = ScenarioLoader.LoadText(text, "two-cities.yaml", ["adoption.q=0.5"]);

        RunProvenance.CanonicalJson(fromText).Should().Be(RunProvenance.CanonicalJson(fromFile));
        fromText.Adoption.Q.Should().Be(0.5);
        fromText.SourcePath.Should().BeNull("nothing was read from disk");
    }

    [Fact]
    public void Extends_is_refused_where_it_is_written()
    {
        Errors($"""
            name: mine
            extends: uk-baseline.yaml
            {Snippets.OneCity}
            """).Should().Equal("pasted.yaml:2:1: extends: a scenario given as text cannot read other files: copy the keys it needs instead of `extends`");
    }

    [Fact]
    public void A_cities_file_is_refused_where_it_is_written()
    {
        Errors("""
            cities:
              file: /etc/passwd
            """).Should().Contain("pasted.yaml:2:9: cities.file: a scenario given as text cannot read files: write the cities under cities.inline");
    }

    [Fact]
    public void A_cities_file_set_by_an_override_is_refused_too()
    {
        Errors(Snippets.OneCity, "cities.file=data/uk-puas.csv")
            .Should().Contain(e => e.StartsWith("--set:1:") && e.Contains("cities.file: a scenario given as text cannot read files"));
    }

    [Fact]
    public void Aliases_are_refused_so_nested_ones_cannot_blow_up()
    {
        Errors("""
            a: &x [1, 2]
            b: *x
            """).Should().Equal("pasted.yaml:2:4: aliases (*x) are not accepted in a scenario given as text: write the value out");
    }

    [Fact]
    public void Schema_errors_and_syntax_errors_are_located_as_for_a_file()
    {
        Errors($"""
            {Snippets.OneCity}
            adoption:
              q: lots
            """).Should().Equal("pasted.yaml:6:6: adoption.q: expected a number, got 'lots'");
        Errors("ticks: [1, 2").Should().ContainSingle().Which.Should().StartWith("pasted.yaml:2:1: YAML syntax error");
        Errors("- just\n- a list").Should().Equal("pasted.yaml:1:1: a scenario is a mapping of keys to values, got a list");
    }

    [Fact]
    public void An_empty_text_is_a_scenario_without_cities()
    {
        Errors("").Should().ContainSingle().Which.Should().Contain("cities");
    }
}

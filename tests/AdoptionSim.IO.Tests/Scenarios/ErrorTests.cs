namespace AdoptionSim.IO.Tests.Scenarios;

/// <summary>Every kind of error, with its exact file:line:col: path: message.</summary>
public sealed class ErrorTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    private List<string> ErrorsOf(string yaml, params string[] sets)
    {
        _files.Write("s.yaml", yaml);
        return _files.Errors("s.yaml", sets);
    }

    [Fact]
    public void Unknown_keys_suggest_the_closest_known_key()
    {
        ErrorsOf(Snippets.OneCity + """

            network:
              gravity_bta: 2
              banana: 1
            adoptin:
              q: 0.5
            """).Should().Equal(
            "s.yaml:6:3: network.gravity_bta: unknown key 'gravity_bta' in network; did you mean 'gravity_beta'?",
            "s.yaml:7:3: network.banana: unknown key 'banana' in network",
            "s.yaml:8:1: adoptin: unknown key 'adoptin' in scenario; did you mean 'adoption'?");
    }

    [Fact]
    public void Wrong_types_say_what_was_expected()
    {
        ErrorsOf(Snippets.OneCity + """

            ticks: 1.5
            adoption:
              p: abc
              q: "0.5"
            invention: {enabled: yes}
            firms: 3
            sectors: {kis: 1}
            """).Should().Equal(
            "s.yaml:5:8: ticks: expected an integer, got '1.5'",
            "s.yaml:7:6: adoption.p: expected a number, got 'abc'",
            "s.yaml:8:6: adoption.q: expected a number, got the string \"0.5\"",
            "s.yaml:9:22: invention.enabled: expected true or false, got 'yes'",
            "s.yaml:10:8: firms: expected a mapping of firms keys, got '3'",
            "s.yaml:11:10: sectors: expected a list of sector, got a mapping");
    }

    [Fact]
    public void Out_of_range_values_give_the_range()
    {
        ErrorsOf(Snippets.OneCity + """

            network:
              homophily: 1.5
            tick: {years: 0}
            ticks: -1
            """).Should().Equal(
            "s.yaml:6:14: network.homophily: expected a value in [0, 1], got 1.5",
            "s.yaml:7:15: tick.years: expected a value in (0, ∞), got 0",
            "s.yaml:8:8: ticks: expected an integer ≥ 0, got -1");
    }

    [Fact]
    public void Invalid_choices_list_the_allowed_words()
    {
        ErrorsOf("""
            cities:
              inline:
                - {name: A, population: 1000, class: high_perfoming}
            network: {mixing: fulll}
            brokers:
              inline:
                - {kind: universty, city: A, reach: everywhere}
            """).Should().Equal(
            "s.yaml:4:19: network.mixing: expected one of 'network', 'full', got 'fulll'; did you mean 'full'?",
            "s.yaml:7:14: brokers.inline[0].kind: expected one of 'university', 'lep', 'local_authority', 'sector_network', got 'universty'; did you mean 'university'?",
            "s.yaml:7:41: brokers.inline[0].reach: expected one of 'within_sector', 'across_sectors', 'across_cities', got 'everywhere'",
            "s.yaml:3:42: cities.inline[0].class: unknown class 'high_perfoming'; did you mean 'high_performing'?");
    }

    [Fact]
    public void Yaml_syntax_errors_keep_the_parser_position()
    {
        var errors = ErrorsOf("ticks: 5\nadoption:\n  p: [0.1\n");
        errors.Should().ContainSingle().Which.Should().StartWith("s.yaml:4:1: YAML syntax error: ");
    }

    [Fact]
    public void Duplicate_keys_are_errors()
    {
        ErrorsOf(Snippets.OneCity + "\nticks: 5\nticks: 6\n").Should().Equal(
            "s.yaml:6:1: duplicate key 'ticks' (first written at line 5)");
    }

    [Fact]
    public void A_missing_file_is_an_error_without_position()
    {
        var act = () => AdoptionSim.IO.Scenarios.ScenarioLoader.Load(Path.Combine(_files.Dir, "nope.yaml"));
        act.Should().Throw<AdoptionSim.IO.Scenarios.ScenarioException>().Which.Errors.Select(e => e.ToString())
            .Should().Equal($"{Path.Combine(_files.Dir, "nope.yaml")}: file not found: {Path.Combine(_files.Dir, "nope.yaml")}");
    }

    [Fact]
    public void Cross_field_checks_are_located()
    {
        ErrorsOf("""
            cities:
              inline:
                - {name: A, population: 1000, sector_mix: {kis: 1, tech: 2}}
                - {name: A, population: 0}
                - {name: B, population: 10, sector_mix: {kis: 0}}
            firms:
              size_shares: {micro: 0.5}
            ideas:
              - {city: C, sector: htm}
            brokers:
              inline:
                - {kind: sector_network, city: B}
            """).Should().Equal(
            "s.yaml:3:56: cities.inline[0].sector_mix.tech: unknown sector 'tech'",
            "s.yaml:4:14: cities.inline[1].name: city 'A' is defined twice",
            "s.yaml:4:29: cities.inline[1].population: city 'A' needs a positive population",
            "s.yaml:5:45: cities.inline[2].sector_mix: the weights must have a positive sum",
            "s.yaml:7:16: firms.size_shares: size shares must sum to 1, they sum to 0.7",
            "s.yaml:9:12: ideas[0].city: unknown city 'C'",
            "s.yaml:12:7: brokers.inline[0].sector: a sector_network broker needs the sector it serves");
    }

    [Fact]
    public void A_value_that_fails_to_bind_is_not_reported_again_by_the_checks()
    {
        ErrorsOf("""
            cities:
              inline:
                - {name: A, population: lots}
            """).Should().Equal(
            "s.yaml:3:29: cities.inline[0].population: expected a number, got 'lots'");
    }

    [Fact]
    public void Errors_of_every_kind_are_all_reported()
    {
        ErrorsOf("""
            tiks: 5
            adoption: {p: -1}
            cities: {inline: [{name: A, population: 5, class: nope}]}
            """).Should().HaveCount(3);
    }

    [Fact]
    public void A_default_class_mix_over_replaced_sectors_says_how_to_fix_it()
    {
        ErrorsOf("""
            sectors: [{name: all}]
            cities: {inline: [{name: X, population: 5, class: low_innovation}]}
            """).Should().Equal(
            "s.yaml:1:1: classes.low_innovation.sector_mix.kis: the sector_mix of class 'low_innovation', used by city 'X', "
            + "names unknown sectors 'kis', 'htm', 'bs', 'other'; write classes.low_innovation.sector_mix or give city 'X' its own sector_mix");
    }
}

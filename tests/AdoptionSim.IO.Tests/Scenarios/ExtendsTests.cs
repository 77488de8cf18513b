namespace AdoptionSim.IO.Tests.Scenarios;

public sealed class ExtendsTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Mappings_merge_while_scalars_lists_and_weight_maps_are_replaced()
    {
        _files.Write("base.yaml", """
            name: base
            description: the base
            ticks: 40
            adoption: {p: 0.01, q: 0.2}
            sectors:
              - {name: kis}
              - {name: other}
            cities:
              inline:
                - {name: A, population: 1000, sector_mix: {kis: 1, other: 1}}
            classes:
              low_innovation: {skills: 0.1, rent: 0.5}
            """);
        _files.Write("sub/child.yaml", """
            extends: ../base.yaml
            adoption: {q: 0.5}
            sectors:
              - {name: kis}
            cities:
              inline:
                - {name: A, population: 2000, sector_mix: {kis: 1}}
            classes:
              low_innovation: {skills: 0.2}
            """);

        var spec = _files.Load("sub/child.yaml");

        spec.Name.Should().Be("child", "name is not inherited");
        spec.Description.Should().Be("", "description is not inherited");
        spec.Ticks.Should().Be(40);
        spec.Adoption.P.Should().Be(0.01);
        spec.Adoption.Q.Should().Be(0.5);
        spec.Sectors.Select(s => s.Name).Should().Equal("kis");
        spec.Cities.Resolved.Should().ContainSingle().Which.SectorMix.Should().Equal(new Dictionary<string, double> { ["kis"] = 1 });
        spec.Classes["low_innovation"].Skills.Should().Be(0.2);
        spec.Classes["low_innovation"].Rent.Should().Be(0.5);
    }

    [Fact]
    public void Chains_resolve_paths_relative_to_each_file()
    {
        _files.Write("data/cities.csv", "city,population_2019,lat,lon,class,class_source\nA,1000,51,0,high_performing,seed\n");
        _files.Write("a.yaml", "cities: {file: data/cities.csv}\nseed: 7\n");
        _files.Write("b/b.yaml", "extends: ../a.yaml\nticks: 3\n");
        _files.Write("c/c.yaml", "extends: ../b/b.yaml\nseed: 9\n");

        var spec = _files.Load("c/c.yaml");

        spec.Seed.Should().Be(9);
        spec.Ticks.Should().Be(3);
        spec.Cities.Resolved.Should().ContainSingle().Which.Name.Should().Be("A");
    }

    [Fact]
    public void Errors_point_into_the_file_that_wrote_the_value()
    {
        _files.Write("base.yaml", Snippets.OneCity + "\nadoption: {p: -1}\n");
        _files.Write("child.yaml", "extends: base.yaml\nnetwork: {homophily: 2}\n");

        _files.Errors("child.yaml").Should().Equal(
            "base.yaml:5:15: adoption.p: expected a value in [0, ∞), got -1",
            "child.yaml:2:22: network.homophily: expected a value in [0, 1], got 2");
    }

    [Fact]
    public void Cycles_are_detected()
    {
        _files.Write("a.yaml", "extends: b.yaml\n");
        _files.Write("b.yaml", "extends: c.yaml\n");
        _files.Write("c.yaml", "extends: a.yaml\n");

        var errors = _files.Errors("a.yaml");

        errors.Should().ContainSingle().Which.Should().Be("c.yaml:1:10: extends: extends cycle: a.yaml → b.yaml → c.yaml → a.yaml");
    }

    [Fact]
    public void A_missing_base_is_reported_where_it_is_named()
    {
        _files.Write("a.yaml", "ticks: 3\nextends: gone.yaml\n");
        _files.Errors("a.yaml").Should().Equal("a.yaml:2:10: extends: file not found: gone.yaml");
    }
}

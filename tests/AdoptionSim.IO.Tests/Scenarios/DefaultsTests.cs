using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Tests.Scenarios;

public sealed class DefaultsTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void An_empty_file_only_lacks_a_city()
    {
        _files.Write("empty.yaml", "");
        _files.Errors("empty.yaml").Should().Equal(
            "empty.yaml:1:1: cities: a scenario needs at least one city (cities.file or cities.inline)");
    }

    [Fact]
    public void A_file_with_only_a_city_has_every_default()
    {
        _files.Write("city.yaml", Snippets.OneCity);
        var spec = _files.Load("city.yaml");

        var expected = new ScenarioSpec { Name = "city" };
        expected.Cities.Inline.Add(new CitySpec { Name = "A", Population = 100000 });
        ParameterYamlWriter.Write(ScenarioSchema.Root, spec).Should().Be(ParameterYamlWriter.Write(ScenarioSchema.Root, expected));
        spec.Ticks.Should().Be(60);
        spec.Adoption.Q.Should().Be(5.0);
        spec.Classes.Keys.Should().Equal("high_performing", "service_innovator", "technology_innovator", "innovation_potential", "low_innovation");
        spec.Cities.Resolved.Select(c => c.Name).Should().Equal("A");
        spec.SourcePath.Should().Be(Path.Combine(_files.Dir, "city.yaml"));
    }

    [Fact]
    public void Name_defaults_to_the_file_name_unless_written()
    {
        _files.Write("my-run.yaml", Snippets.OneCity);
        _files.Write("named.yaml", "name: other\n" + Snippets.OneCity);
        _files.Load("my-run.yaml").Name.Should().Be("my-run");
        _files.Load("named.yaml").Name.Should().Be("other");
    }

    [Fact]
    public void Values_written_are_bound_to_their_fields()
    {
        _files.Write("values.yaml", Snippets.OneCity + """

            seed: 12345678901
            tick: {label: month, years: 0.0833}
            firms:
              absorptive_fixed: 0.7
              size_shares: {micro: 0.7, small: 0.2, medium: 0.08, large: 0.02}
            network:
              mixing: full
              local_degree: {anchor: 30}
            classes:
              high_performing:
                skills: 0.9
                sector_mix: {kis: 1}
              garden_city:
                rent: 1.2
            brokers:
              inline:
                - {kind: lep, city: A, reach: across_cities}
            outputs: {events: false}
            """);
        var spec = _files.Load("values.yaml");

        spec.Seed.Should().Be(12345678901);
        spec.Tick.Label.Should().Be("month");
        spec.Tick.Years.Should().Be(0.0833);
        spec.Firms.AbsorptiveFixed.Should().Be(0.7);
        spec.Firms.SizeShares.Micro.Should().Be(0.7);
        spec.Network.Mixing.Should().Be(Mixing.Full);
        spec.Network.LocalDegree.Anchor.Should().Be(30);
        spec.Network.LocalDegree.Micro.Should().Be(4, "keys not written keep their defaults");
        spec.Classes["high_performing"].Skills.Should().Be(0.9);
        spec.Classes["high_performing"].Rent.Should().Be(1.4, "a written class is merged with its default");
        spec.Classes["high_performing"].SectorMix.Should().Equal(new Dictionary<string, double> { ["kis"] = 1 }, "a sector mix is replaced whole");
        spec.Classes["garden_city"].Rent.Should().Be(1.2);
        spec.Classes.Should().HaveCount(6);
        spec.Brokers.Inline.Should().ContainSingle().Which.Reach.Should().Be(BrokerReach.AcrossCities);
        spec.Outputs.Events.Should().BeFalse();
    }

    [Fact]
    public void Dumped_scenarios_load_back_to_the_same_values()
    {
        var bass = ScenarioLoader.Load(Path.Combine(Repo.Root, "scenarios", "bass.yaml"));
        var yaml = ParameterYamlWriter.Write(ScenarioSchema.Root, bass);
        _files.Write("dumped.yaml", yaml);
        var reloaded = _files.Load("dumped.yaml");
        ParameterYamlWriter.Write(ScenarioSchema.Root, reloaded).Should().Be(yaml);
    }
}

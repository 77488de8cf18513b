using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Tests.Scenarios;

/// <summary>The scenario files shipped in scenarios/ load without errors and say what they claim.</summary>
public sealed class ScenarioFileTests
{
    private static string ScenarioPath(string name) => Path.Combine(Repo.Root, "scenarios", name);

    public static TheoryData<string> ShippedScenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "scenarios"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Every_shipped_scenario_loads(string file)
    {
        var spec = ScenarioLoader.Load(ScenarioPath(file));
        spec.Name.Should().Be(Path.GetFileNameWithoutExtension(file));
        spec.Cities.Resolved.Should().NotBeEmpty();
    }

    [Fact]
    public void The_uk_baseline_has_the_63_urban_areas_with_regions_and_class_sources()
    {
        var spec = ScenarioLoader.Load(ScenarioPath("uk-baseline.yaml"));

        spec.Ticks.Should().Be(60);
        spec.Tick.Years.Should().Be(0.25);
        var cities = spec.Cities.Resolved;
        cities.Should().HaveCount(63);
        cities.Should().OnlyContain(c => c.Region.Length > 0 && c.FunctionalRegion == c.Region && c.ClassSource != ClassSource.Unknown);
        cities.Single(c => c.Name == "London").Population.Should().Be(10213000);
        cities.Single(c => c.Name == "Belfast").Region.Should().Be("Northern Ireland");
        cities.Select(c => c.Region).Distinct().Should().HaveCount(12, "nine English regions and three nations");
    }

    [Fact]
    public void The_bass_scenario_is_the_textbook_case()
    {
        var spec = ScenarioLoader.Load(ScenarioPath("bass.yaml"));

        spec.Cities.Resolved.Should().ContainSingle();
        spec.Sectors.Should().ContainSingle().Which.CrossRelevance.Should().Be(1);
        spec.Ideas.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Complexity = 0.0, OriginAdopts = false, Tick = 0 });
        spec.Ideas[0].Relevance.Should().Equal(new Dictionary<string, double> { ["all"] = 1 });
        spec.Invention.Enabled.Should().BeFalse();
        spec.Brokers.Enabled.Should().BeFalse();
        spec.Network.Mixing.Should().Be(Mixing.Full);
        spec.Firms.Count.Should().Be(20000);
        spec.Firms.AbsorptiveFixed.Should().Be(1);
        (spec.Adoption.P, spec.Adoption.Q).Should().Be((0.03, 0.38));
        (spec.Tick.Years, spec.Tick.Label, spec.Ticks).Should().Be((0.1, "tenth-year", 200));
    }

    [Fact]
    public void Two_cities_are_a_hub_and_a_small_city_150_km_apart()
    {
        var cities = ScenarioLoader.Load(ScenarioPath("two-cities.yaml")).Cities.Resolved;

        cities.Select(c => (c.Population, c.Class)).Should().Equal((2000000, "high_performing"), (150000, "low_innovation"));
        const double earthRadiusKm = 6371.0088;
        var km = earthRadiusKm * Math.PI / 180 * Math.Abs(cities[1].Lat - cities[0].Lat);
        cities[0].Lon.Should().Be(cities[1].Lon);
        km.Should().BeApproximately(150, 0.5);
    }

    [Fact]
    public void The_data_readme_lists_exactly_the_seed_classes_of_the_csv()
    {
        var seeds = File.ReadAllLines(Path.Combine(Repo.Root, "scenarios", "data", "uk-puas.csv"))
            .Skip(1).Select(l => l.Split(',')).Where(f => f[5] == "seed").Select(f => f[0]).ToList();
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "data", "README.md"));

        var paragraph = readme[readme.IndexOf("Named by the sources", StringComparison.Ordinal)..readme.IndexOf("Every other city", StringComparison.Ordinal)];
        var listed = paragraph[(paragraph.IndexOf(':') + 1)..].Split(',', '\n').Select(n => n.Trim().TrimEnd('.')).Where(n => n.Length > 0);

        paragraph.Should().Contain($"{seeds.Count} cities");
        listed.Should().Equal(seeds);
    }
}

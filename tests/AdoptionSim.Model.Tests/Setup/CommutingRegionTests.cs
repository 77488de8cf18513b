using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.Setup;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Tests.Setup;

/// <summary>Functional regions of commuting (docs/model.md §7.5) and the within-sector localisation term.</summary>
public sealed class CommutingRegionTests
{
    private sealed record Place(string Name, string Region, double Lat, double Lon, double Population);

    private static CityTable Cities(params Place[] places)
    {
        var n = places.Length;
        return new CityTable
        {
            Names = places.Select(p => p.Name).ToArray(),
            Regions = places.Select(p => p.Region).ToArray(),
            FunctionalRegions = places.Select(p => p.Region).ToArray(),
            Classes = new string[n],
            ClassSources = new string[n],
            Lat = places.Select(p => p.Lat).ToArray(),
            Lon = places.Select(p => p.Lon).ToArray(),
            Population = places.Select(p => p.Population).ToArray(),
            Skills = new double[n],
            Rent = new double[n],
            RateMultiplier = new double[n],
            InventionMultiplier = new double[n],
            Universities = new int[n],
            AnchorFirms = new int[n],
            SectorMix = Enumerable.Range(0, n).Select(_ => new double[] { 1 }).ToArray(),
        };
    }

    // Two pairs of near cities 260 km apart; within each pair the cities are in different administrative regions.
    private static readonly Place[] Pairs =
    [
        new("Manchester", "North West", 53.48, -2.24, 2_500_000), new("Leeds", "Yorkshire", 53.80, -1.55, 500_000),
        new("London", "London", 51.51, -0.13, 9_000_000), new("Reading", "South East", 51.45, -0.97, 300_000),
    ];

    /// <summary>
    /// With the default β = 3 and threshold 0.15: Manchester–Leeds have strength ≈ 0.96 and London–Reading ≈ 0.9,
    /// while Manchester–London ≈ 0.07 (by hand from the formula), so the regions are the two pairs, each crossing an
    /// administrative boundary, named after their most populous city; the order of the cities does not matter.
    /// </summary>
    [Fact]
    public void Near_cities_form_a_region_across_administrative_boundaries_and_far_ones_do_not()
    {
        var regions = CommutingRegionFactory.Create(new NetworkSpec(), Cities(Pairs));
        regions.Count.Should().Be(2);
        regions.RegionOf.Should().Equal(0, 0, 1, 1);
        regions.Names.Should().Equal("Manchester", "London");
        regions.Around(1).Should().Equal(0, 1);

        var reversed = CommutingRegionFactory.Create(new NetworkSpec(), Cities([.. Pairs.Reverse()]));
        reversed.Names.Should().BeEquivalentTo(["Manchester", "London"]);
        reversed.RegionOf.Should().Equal(0, 0, 1, 1); // Reading and London, then Leeds and Manchester

        var strict = CommutingRegionFactory.Create(new NetworkSpec { CommutingTie = 0.99 }, Cities(Pairs));
        strict.Count.Should().Be(4, "a threshold above every strength links no cities");
    }

    /// <summary>
    /// LQ^η of each city and sector from the alive firms, checked against a count by hand on the two-city world;
    /// η = 0 gives 1 everywhere (the term is off), and a sector over-represented in a city gets a factor above 1.
    /// </summary>
    [Fact]
    public void Localisation_factors_are_the_location_quotient_to_the_power_eta()
    {
        var world = WorldBuilder.Build(TestScenarios.TwoCities(4), new RandomStreams(5));
        var sectors = world.Sectors.Count;
        var all = world.FirmsByCity.Sum(c => c.Length);
        var factors = Localisation.Factors(world, 0.5);
        var checkedAbove = false;
        for (var c = 0; c < world.Cities.Count; c++)
            for (var s = 0; s < sectors; s++)
            {
                var inCity = world.FirmsByCity[c].Count(f => world.Firms.Sector[f] == s);
                var national = world.FirmsByCity.Sum(cc => cc.Count(f => world.Firms.Sector[f] == s));
                if (inCity == 0) continue;
                var lq = (double)inCity / world.FirmsByCity[c].Length / ((double)national / all);
                factors[c * sectors + s].Should().BeApproximately(Math.Sqrt(lq), 1e-12);
                if (lq > 1.05) checkedAbove |= factors[c * sectors + s] > 1;
            }
        checkedAbove.Should().BeTrue("some sector is over-represented somewhere");
        Localisation.Factors(world, 0).Should().OnlyContain(f => f == 1.0);
    }
}

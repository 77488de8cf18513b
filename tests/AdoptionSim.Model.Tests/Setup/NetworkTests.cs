using AdoptionSim.Core.Random;
using AdoptionSim.Model;
using AdoptionSim.Model.Measures;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.Setup;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Tests.Setup;

public sealed class NetworkTests
{
    [Fact]
    public void A_World_Built_On_Several_Threads_Has_The_Same_Ties()
    {
        var spec = TestScenarios.TwoCities();
        spec.Firms.PerThousand = 40; // enough ties (over 2 × 65,536) for the rows to be built in parts
        var one = WorldBuilder.Build(spec, new RandomStreams(7), threads: 1).Network;
        var several = WorldBuilder.Build(spec, new RandomStreams(7), threads: 3).Network;

        one.Targets.Length.Should().BeGreaterThan(4 * 65_536, "the parallel build must really run");
        several.Offsets.Should().Equal(one.Offsets);
        several.Targets.Should().Equal(one.Targets);
        several.Weights.Should().Equal(one.Weights);
        several.LiveTies.Should().Equal(one.LiveTies);
    }

    private static World TwoCityWorld(Action<ScenarioSpec>? change = null)
    {
        var spec = TestScenarios.TwoCities();
        spec.Firms.PerThousand = 10;
        change?.Invoke(spec);
        return AdoptionModel.Build(spec, 3);
    }

    [Fact]
    public void Ties_Are_Symmetric_Sorted_And_Without_Self_Loops()
    {
        var world = TwoCityWorld();
        var net = world.Network;
        for (var f = 0; f < net.FirmCount; f++)
        {
            var neighbours = net.Neighbours(f).ToArray();
            neighbours.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems().And.NotContain(f);
            foreach (var g in neighbours) net.AreTied(g, f).Should().BeTrue();
        }
    }

    [Fact]
    public void Mean_Degree_Grows_With_Size_Class()
    {
        var world = TwoCityWorld();
        var meanBySize = Enumerable.Range(0, 4).Select(size =>
            Enumerable.Range(0, world.Firms.Count).Where(f => (int)world.Firms.Size[f] == size).Average(f => world.Network.Degree(f))).ToArray();
        meanBySize.Should().BeInAscendingOrder();
        meanBySize[3].Should().BeGreaterThan(meanBySize[0] * 1.8);
    }

    [Fact]
    public void Local_Ties_Are_Mostly_Within_Sector_When_Homophily_Is_High()
    {
        static double SameSectorShare(World w)
        {
            long same = 0, local = 0;
            for (var f = 0; f < w.Firms.Count; f++)
                foreach (var g in w.Network.Neighbours(f))
                {
                    if (w.Firms.City[g] != w.Firms.City[f] || w.Firms.Size[f] == SizeClass.Anchor || w.Firms.Size[g] == SizeClass.Anchor) continue;
                    local++;
                    if (w.Firms.Sector[g] == w.Firms.Sector[f]) same++;
                }
            return same / (double)local;
        }
        var homophilous = SameSectorShare(TwoCityWorld(s => s.Network.Homophily = 0.9));
        var mixed = SameSectorShare(TwoCityWorld(s => s.Network.Homophily = 0.0));
        // With homophily h and rewiring ρ, expected same-sector share ≈ (1−ρ)h + (1 − (1−ρ)h)·Σ m_s²,
        // where Σ m_s² ≈ 0.22 for the hub's mix: ≈ 0.87 for h = 0.9 and ≈ 0.25 for h = 0.
        homophilous.Should().BeGreaterThan(0.8);
        mixed.Should().BeLessThan(0.35);
    }

    [Fact]
    public void Gravity_Shares_Follow_Population_Products_Over_Distance()
    {
        var cities = new CityTable
        {
            Names = ["A", "B", "C"],
            Regions = ["", "", ""],
            FunctionalRegions = ["A", "B", "C"],
            Classes = ["x", "x", "x"],
            ClassSources = ["", "", ""],
            Lat = [51.5, 52.5, 53.5],
            Lon = [0, 0, 0],
            Population = [1000, 2000, 4000],
            Skills = [0, 0, 0],
            Rent = [0, 0, 0],
            RateMultiplier = [0, 0, 0],
            InventionMultiplier = [1, 1, 1],
            Universities = [0, 0, 0],
            AnchorFirms = [0, 0, 0],
            SectorMix = [[1], [1], [1]],
        };
        var weights = Gravity.Weights(cities, beta: 2, minKm: 1);
        // One degree of latitude is 111.195 km on the 6371.0088 km sphere.
        var d = Geography.DistanceKm(51.5, 0, 52.5, 0);
        d.Should().BeApproximately(111.195, 0.01);
        weights.Should().HaveCount(3);
        weights[0].Weight.Should().BeApproximately(1000.0 * 2000 / (d * d), 1e-6);       // A–B
        weights[1].Weight.Should().BeApproximately(1000.0 * 4000 / (4 * d * d), 1e-6);   // A–C, twice as far
        weights[2].Weight.Should().BeApproximately(2000.0 * 4000 / (d * d), 1e-6);       // B–C
    }

    [Fact]
    public void Intercity_Tie_Counts_Match_Gravity_Shares()
    {
        var world = TwoCityWorld(s => s.Network.IntercityTiesPerFirm = 0.5);
        long between = 0;
        for (var f = 0; f < world.Firms.Count; f++)
            foreach (var g in world.Network.Neighbours(f))
                if (world.Firms.City[g] != world.Firms.City[f]) between++;
        between /= 2;
        // Two cities: all T = 0.5 · N / 2 expected ties go to the one pair (minus rare duplicates).
        var expected = 0.5 * world.Firms.Count / 2;
        ((double)between).Should().BeInRange(expected * 0.97, expected * 1.0001);
    }
}

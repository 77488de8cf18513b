using AdoptionSim.Core.Random;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model.Setup;

namespace AdoptionSim.IO.Tests.Scenarios;

/// <summary>
/// scenarios/bench/bass-network.yaml builds the model its C reference (bench/reference/) implements:
/// one city, one sector, one idea with no adopter, a = 1, every tie of trust 1, and a Watts–Strogatz
/// network (ring lattice of degree 10, 10% of ties rewired). If it did not, the benchmark's ratio to
/// the C loop would compare two different models.
/// </summary>
public sealed class BenchScenarioTests
{
    private const int Firms = 20_000;

    private static AdoptionSim.Model.State.World Build() =>
        WorldBuilder.Build(ScenarioLoader.Load(Path.Combine(Repo.Root, "scenarios", "bench", "bass-network.yaml"), [$"firms.count={Firms}"]),
            new RandomStreams(1));

    [Fact]
    public void The_benchmark_scenario_is_one_city_one_sector_one_idea_with_no_adopter_and_a_equal_to_1()
    {
        var spec = ScenarioLoader.Load(Path.Combine(Repo.Root, "scenarios", "bench", "bass-network.yaml"));
        (spec.Adoption.P, spec.Adoption.Q, spec.Tick.Years, spec.Ticks, spec.Firms.Count).Should().Be((0.03, 0.38, 0.1, 100, 1_000_000));

        var world = Build();
        world.Cities.Count.Should().Be(1);
        world.Sectors.Count.Should().Be(1);
        world.Firms.Count.Should().Be(Firms);
        world.Ideas.Count.Should().Be(1);
        world.Ideas.Complexity[0].Should().Be(0);
        world.Ideas.Relevance[0].Should().Equal(1.0);
        world.Adoption.AdopterCount[0].Should().Be(0);
        world.Brokers.Count.Should().Be(0);
        Enumerable.Range(0, Firms).Should().OnlyContain(f => world.Firms.Absorptive[f] == 1f);
    }

    [Fact]
    public void The_benchmark_network_is_a_ring_lattice_of_degree_10_with_a_tenth_of_ties_rewired()
    {
        var network = Build().Network;
        network.Weights.Should().OnlyContain(w => w == 1f, "competitor trust 1: every tie counts fully");
        var ties = network.Targets.Length / 2;
        // 5 ties made per firm; a rewired tie is lost only if it lands on the firm itself or on a tie it
        // already has (probability about 11/20,000 each), so at most a few dozen of 100,000 go.
        ties.Should().BeInRange(Firms * 5 - 60, Firms * 5);
        var ring = 0;
        for (var f = 0; f < Firms; f++)
            foreach (var g in network.Neighbours(f))
            {
                var distance = Math.Abs(f - g);
                if (Math.Min(distance, Firms - distance) <= 5) ring++;
            }
        // Each tie is rewired with probability 0.1, independently: the ring share of 100,000 ties has
        // sd sqrt(0.1·0.9/100,000) ≈ 0.001, so ±0.005 is 5 sd (a rewired tie landing within ring
        // distance 5 by chance, probability 10/20,000, moves the mean by 0.00005 only).
        (ring / 2.0 / ties).Should().BeApproximately(0.9, 0.005);
    }
}

using AdoptionSim.Core.Engine;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Tests.Runs;

/// <summary>
/// The city index and the city totals are kept by updates (entrants appended, leavers filtered out, movers merged
/// in; totals reused while the firms are unchanged): after every tick of a run with exits, entry and relocation
/// they equal what a pass over every firm slot gives, bit for bit.
/// </summary>
public sealed class CityIndexTests
{
    [Fact]
    public void Index_and_totals_equal_a_pass_over_all_firms_after_every_tick()
    {
        var spec = TestScenarios.TwoCities(ticks: 30);
        // Plenty of moves as well as exits and entries (as in FirmAccountingTests).
        spec.Economy.RelocationRate = 0.2;
        spec.Economy.RelocationThreshold = 0;
        spec.Economy.RelocationCertainGain = 1e-3;
        var checker = new Checker();
        AdoptionModel.Run(spec, new RunOptions(21, 30, 2), checker);
        checker.Ticks.Should().Be(31);
        checker.Changed.Should().BeGreaterThan(20, "firms exit, enter or move in most ticks, so the updates are exercised");
        checker.Consecutive.Should().BeGreaterThan(0, "cities whose firms are consecutive slots (read without the index) are summed");
        checker.Scattered.Should().BeGreaterThan(0, "and cities whose firms are not (read through the index)");
    }

    [Fact]
    public void A_firm_moved_within_its_own_city_is_listed_once()
    {
        var world = AdoptionModel.Build(TestScenarios.TwoCities(), 5);
        var firm = world.FirmsByCity[1][0];
        world.Move(firm, 1);
        var left = new bool[world.Cities.Count];
        left[1] = true;
        world.UpdateCityIndex(left, [firm]);
        world.FirmsByCity.Should().BeEquivalentTo(world.CityIndexFromScratch(), o => o.WithStrictOrdering());
    }

    private sealed class Checker : ISimulationObserver<World>
    {
        public int Ticks { get; private set; }
        public int Changed { get; private set; }
        public int Consecutive { get; private set; }
        public int Scattered { get; private set; }
        private int[] _lastCounts = [];

        public void OnStart(World state) => OnTick(state, 0);

        public void OnTick(World state, int tick)
        {
            Ticks++;
            state.FirmsByCity.Should().BeEquivalentTo(state.CityIndexFromScratch(), o => o.WithStrictOrdering(), $"the index at tick {tick}");
            var counts = state.FirmsByCity.Select(c => c.Length).ToArray();
            if (tick > 0 && !counts.SequenceEqual(_lastCounts)) Changed++;
            _lastCounts = counts;
            foreach (var listed in state.FirmsByCity.Where(l => l.Length > 1))
                if (listed[^1] - listed[0] == listed.Length - 1) Consecutive++;
                else Scattered++;
            var kept = state.CurrentTotals();
            var (firms, adopters, ideas, workers, output) = PassOverAllSlots(state);
            kept.Firms.Should().Equal(firms, $"firms at tick {tick}");
            kept.Adopters.Should().Equal(adopters);
            kept.IdeasAdopted.Should().Equal(ideas);
            kept.Workers.Select(BitConverter.DoubleToInt64Bits).Should().Equal(workers.Select(BitConverter.DoubleToInt64Bits), $"workers at tick {tick}");
            kept.Output.Select(BitConverter.DoubleToInt64Bits).Should().Equal(output.Select(BitConverter.DoubleToInt64Bits), $"output at tick {tick}");
        }

        /// <summary>The sums as they were computed before the index was used: every slot in firm order.</summary>
        private static (int[], int[], long[], double[], double[]) PassOverAllSlots(World world)
        {
            var n = world.Cities.Count;
            var (firms, adopters, ideas, workers, output) = (new int[n], new int[n], new long[n], new double[n], new double[n]);
            var f = world.Firms;
            for (var i = 0; i < f.Count; i++)
            {
                if (!f.Alive[i]) continue;
                var c = f.City[i];
                var w = world.Spec.Economy.Workers.Of(f.Size[i]);
                firms[c]++;
                ideas[c] += f.AdoptedCount[i];
                workers[c] += w;
                output[c] += w * f.Productivity[i] * world.CityState.Spillover[c];
                if (f.AdoptedCount[i] > 0) adopters[c]++;
            }
            return (firms, adopters, ideas, workers, output);
        }
    }
}

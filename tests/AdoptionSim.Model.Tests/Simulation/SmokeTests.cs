using AdoptionSim.Core.Engine;
using AdoptionSim.Model.Simulation;

namespace AdoptionSim.Model.Tests.Simulation;

public sealed class SmokeTests
{
    private sealed class Collect : ISimulationObserver<World.World>
    {
        public List<CityTickRow[]> Rows { get; } = [];
        public void OnStart(World.World state) => OnTick(state, 0);
        public void OnTick(World.World state, int tick)
        {
            var rows = new CityTickRow[state.Cities.Count];
            CityTickMeasures.Compute(state, rows);
            Rows.Add(rows);
        }
    }

    [Fact]
    public void TwoCities_Runs_And_Ideas_Spread()
    {
        var collect = new Collect();
        AdoptionModel.Run(TestScenarios.TwoCities(), new RunOptions(7, 20, 2), collect);
        collect.Rows.Should().HaveCount(21);
        var last = collect.Rows[^1];
        last[0].AdoptionShare.Should().BeGreaterThan(collect.Rows[0][0].AdoptionShare);
        last.Sum(r => r.Adoptions).Should().BeGreaterThanOrEqualTo(0);
    }
}

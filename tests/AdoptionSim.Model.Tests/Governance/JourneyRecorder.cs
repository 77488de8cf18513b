using AdoptionSim.Core.Engine;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Tests.Governance;

/// <summary>One region at one tick, as the governance layer left it.</summary>
internal readonly record struct RegionTick(int Tick, string Region, JourneyStage Stage, LeadershipStyle Style, MomentOutcome Outcome,
    double BrokerFactor, double Absorption);

/// <summary>Keeps every region's journey in memory, and the cities' factors, for tests.</summary>
internal sealed class JourneyRecorder : ISimulationObserver<World>
{
    public List<RegionTick> Ticks { get; } = [];
    public World? Last { get; private set; }

    public void OnStart(World state) => OnTick(state, 0);

    public void OnTick(World state, int tick)
    {
        var g = state.Governance;
        for (var r = 0; r < g.Count; r++)
        {
            var city = Array.IndexOf(g.RegionOf, r);
            Ticks.Add(new RegionTick(tick, g.Names[r], g.Stage[r], g.Style[r], g.Outcome[r],
                state.CityState.BrokerCapacityFactor[city], state.CityState.LeverAbsorption[city]));
        }
        Last = state;
    }

    /// <summary>The journey of one region: its stage at every tick.</summary>
    public JourneyStage[] StagesOf(string region) => Ticks.Where(t => t.Region == region).Select(t => t.Stage).ToArray();

    /// <summary>Every critical moment: the stage the region was in before it, and the outcome.</summary>
    public IEnumerable<(JourneyStage Before, MomentOutcome Outcome)> Moments()
    {
        var previous = new Dictionary<string, JourneyStage>();
        foreach (var t in Ticks)
        {
            if (t.Outcome != MomentOutcome.None) yield return (previous[t.Region], t.Outcome);
            previous[t.Region] = t.Stage;
        }
    }
}

using AdoptionSim.Core.Engine;
using AdoptionSim.Model.Simulation;
using AdoptionSim.Model.World;

namespace AdoptionSim.Model.Tests.Simulation;

/// <summary>Keeps every tick's city rows and adoption events in memory, for tests.</summary>
internal sealed class RecordingObserver : ISimulationObserver<World.World>
{
    public List<CityTickRow[]> Rows { get; } = [];
    public List<(int Tick, AdoptionEvent Event)> Events { get; } = [];
    public World.World? Last { get; private set; }

    public void OnStart(World.World state) => OnTick(state, 0);

    public void OnTick(World.World state, int tick)
    {
        var rows = new CityTickRow[state.Cities.Count];
        CityTickMeasures.Compute(state, rows);
        Rows.Add(rows);
        foreach (var e in state.Counters.Events) Events.Add((tick, e));
        Last = state;
    }

    /// <summary>Share of firms that adopted (city 0, one idea) at each tick.</summary>
    public double[] AdoptionShareSeries(int city = 0) => Rows.Select(r => r[city].AdoptionShare).ToArray();
}

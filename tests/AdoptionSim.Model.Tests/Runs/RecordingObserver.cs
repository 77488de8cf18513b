using AdoptionSim.Core.Engine;
using AdoptionSim.Model;
using AdoptionSim.Model.Measures;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Tests.Runs;

/// <summary>Keeps every tick's city rows and adoption events in memory, for tests.</summary>
internal sealed class RecordingObserver : ISimulationObserver<World>
{
    public List<CityTickRow[]> Rows { get; } = [];
    public List<(int Tick, AdoptionEvent Event)> Events { get; } = [];
    public World? Last { get; private set; }

    /// <summary>Ideas at the end of each tick (the adoption phase of a tick sees that many: invention comes before it).</summary>
    public List<int> Ideas { get; } = [];

    public void OnStart(World state) => OnTick(state, 0);

    public void OnTick(World state, int tick)
    {
        var rows = new CityTickRow[state.Cities.Count];
        CityTickMeasures.Compute(state, rows);
        Rows.Add(rows);
        Ideas.Add(state.Ideas.Count);
        foreach (var e in state.Counters.Events) Events.Add((tick, e));
        Last = state;
    }

    /// <summary>Share of firms that adopted (city 0, one idea) at each tick.</summary>
    public double[] AdoptionShareSeries(int city = 0) => Rows.Select(r => r[city].AdoptionShare).ToArray();
}

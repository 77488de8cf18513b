using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.World;

/// <summary>The whole state of a run: the tables the phases read and write. Built by <see cref="WorldBuilder"/>.</summary>
public sealed class World
{
    public required ScenarioSpec Spec { get; init; }
    public required CityTable Cities { get; init; }
    public required SectorTable Sectors { get; init; }
    public required FirmTable Firms { get; init; }
    public required Network Network { get; init; }
    public required DynamicTies DynamicTies { get; init; }
    public required IdeaTable Ideas { get; init; }
    public required AdoptionState Adoption { get; init; }
    public required BrokerTable Brokers { get; init; }
    public required TickCounters Counters { get; init; }

    /// <summary>Fully mixed population: S is the share of adopters among all other firms (the Bass case).</summary>
    public required bool FullMixing { get; init; }

    /// <summary>Tick length in years.</summary>
    public double Dt => Spec.Tick.Years;

    /// <summary>The tick the state describes (0 before the first step).</summary>
    public int Tick { get; set; }

    /// <summary>Alive firms of each city, in index order; rebuilt by <see cref="RebuildCityIndex"/> when firms enter, exit or move.</summary>
    public int[][] FirmsByCity { get; private set; } = [];

    public void RebuildCityIndex()
    {
        var lists = new List<int>[Cities.Count];
        for (var c = 0; c < lists.Length; c++) lists[c] = [];
        for (var f = 0; f < Firms.Count; f++) if (Firms.Alive[f]) lists[Firms.City[f]].Add(f);
        FirmsByCity = lists.Select(l => l.ToArray()).ToArray();
    }

    public int AliveFirms()
    {
        var n = 0;
        for (var f = 0; f < Firms.Count; f++) if (Firms.Alive[f]) n++;
        return n;
    }
}

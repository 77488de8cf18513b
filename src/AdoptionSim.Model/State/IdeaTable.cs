namespace AdoptionSim.Model.State;

/// <summary>Ideas as parallel lists (an idea's index is its id, in order of appearance).</summary>
public sealed class IdeaTable
{
    /// <summary>An idea's identity for random draws: from its inventor's key and tick (or its place in the scenario), never from its id.</summary>
    public readonly List<ulong> Key = [];
    public readonly List<int> OriginFirm = [];
    public readonly List<int> OriginCity = [];
    public readonly List<int> OriginSector = [];
    public readonly List<int> Tick = [];
    public readonly List<double> Complexity = [];
    public readonly List<double> Value = [];

    /// <summary>Relevance of each idea to each sector, [idea][sector].</summary>
    public readonly List<double[]> Relevance = [];

    public int Count => OriginFirm.Count;

    public int Add(ulong key, int originFirm, int originCity, int originSector, int tick, double complexity, double value, double[] relevance)
    {
        Key.Add(key);
        OriginFirm.Add(originFirm);
        OriginCity.Add(originCity);
        OriginSector.Add(originSector);
        Tick.Add(tick);
        Complexity.Add(complexity);
        Value.Add(value);
        Relevance.Add(relevance);
        return Count - 1;
    }
}

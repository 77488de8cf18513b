namespace AdoptionSim.Model.State;

/// <summary>
/// Who has adopted which idea, and how exposed each firm is to each idea through its standing ties.
/// Idea-major arrays (one array per idea over firms) so the adoption loop streams through memory.
/// <para>
/// <see cref="Exposure"/>[i][f] is the trust-weighted number of f's contacts (standing and dynamic
/// ties) that have adopted idea i. It is kept incrementally: when a firm adopts, its neighbours' entries rise by the tie
/// weight; nothing is recounted per tick (<see cref="Recount"/> exists to check that in tests).
/// </para>
/// </summary>
public sealed class AdoptionState(FirmTable firms)
{
    private int _firmCapacity;

    public readonly List<byte[]> Adopted = [];
    public readonly List<float[]> Exposure = [];

    /// <summary>Adopters of each idea among all firms (for full mixing and for outputs).</summary>
    public readonly List<int> AdopterCount = [];

    public int IdeaCount => Adopted.Count;

    public void EnsureFirmCapacity(int capacity)
    {
        if (capacity <= _firmCapacity) return;
        for (var i = 0; i < Adopted.Count; i++)
        {
            var a = Adopted[i];
            var e = Exposure[i];
            Array.Resize(ref a, capacity);
            Array.Resize(ref e, capacity);
            Adopted[i] = a;
            Exposure[i] = e;
        }
        _firmCapacity = capacity;
    }

    public void AddIdea()
    {
        Adopted.Add(new byte[_firmCapacity]);
        Exposure.Add(new float[_firmCapacity]);
        AdopterCount.Add(0);
    }

    public bool Has(int idea, int firm) => Adopted[idea][firm] != 0;

    /// <summary>Records that <paramref name="firm"/> adopted <paramref name="idea"/> and raises its contacts' exposure (standing and dynamic ties).</summary>
    public void MarkAdopted(int idea, int firm, Network network, DynamicTies dynamicTies)
    {
        var adopted = Adopted[idea];
        if (adopted[firm] != 0) return;
        adopted[firm] = 1;
        AdopterCount[idea]++;
        firms.RecordAdoption(firm, idea);
        var exposure = Exposure[idea];
        if (firm < network.FirmCount) // firms that entered later have no standing ties
        {
            var neighbours = network.Neighbours(firm);
            var weights = network.NeighbourWeights(firm);
            for (var k = 0; k < neighbours.Length; k++) exposure[neighbours[k]] += weights[k];
        }
        if (dynamicTies.Of(firm) is { } ties)
            foreach (var t in ties) exposure[t.Partner] += t.Weight;
    }

    /// <summary>
    /// A tie of weight <paramref name="weight"/> between a and b appears (positive) or goes (negative):
    /// each end's exposure to the ideas the other has adopted changes by it. O(ideas) per tie.
    /// </summary>
    public void AdjustForTie(int a, int b, float weight)
    {
        foreach (var i in firms.IdeasOf(a)) Exposure[i][b] += weight;
        foreach (var i in firms.IdeasOf(b)) Exposure[i][a] += weight;
    }

    public void AdjustForTieRemoved(int a, int b, float weight) => AdjustForTie(a, b, -weight);

    /// <summary>Exposure of every firm to an idea computed from scratch over standing and dynamic ties (for checking the incremental counts).</summary>
    public float[] Recount(int idea, Network network, DynamicTies dynamicTies, int firmCount)
    {
        var result = new float[firmCount];
        var adopted = Adopted[idea];
        for (var f = 0; f < firmCount; f++)
        {
            if (f < network.FirmCount)
            {
                var neighbours = network.Neighbours(f);
                var weights = network.NeighbourWeights(f);
                for (var k = 0; k < neighbours.Length; k++)
                    if (adopted[neighbours[k]] != 0) result[f] += weights[k];
            }
            if (dynamicTies.Of(f) is { } ties)
                foreach (var t in ties)
                    if (adopted[t.Partner] != 0) result[f] += t.Weight;
        }
        return result;
    }
}

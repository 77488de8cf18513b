namespace AdoptionSim.Model.World;

/// <summary>
/// Who has adopted which idea, and how exposed each firm is to each idea through its standing ties.
/// Idea-major arrays (one array per idea over firms) so the adoption loop streams through memory.
/// <para>
/// <see cref="Exposure"/>[i][f] is the trust-weighted number of f's standing-tie contacts that have
/// adopted idea i. It is kept incrementally: when a firm adopts, its neighbours' entries rise by the tie
/// weight; nothing is recounted per tick (<see cref="Recount"/> exists to check that in tests).
/// </para>
/// </summary>
public sealed class AdoptionState
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

    /// <summary>Records that <paramref name="firm"/> adopted <paramref name="idea"/> and raises its contacts' exposure.</summary>
    public void MarkAdopted(int idea, int firm, Network network, FirmTable firms)
    {
        var adopted = Adopted[idea];
        if (adopted[firm] != 0) return;
        adopted[firm] = 1;
        AdopterCount[idea]++;
        firms.AdoptedCount[firm]++;
        if (firm >= network.FirmCount) return; // entered after the standing network was built
        var exposure = Exposure[idea];
        var neighbours = network.Neighbours(firm);
        var weights = network.NeighbourWeights(firm);
        for (var k = 0; k < neighbours.Length; k++) exposure[neighbours[k]] += weights[k];
    }

    /// <summary>Exposure of every firm to an idea computed from scratch (for checking the incremental counts).</summary>
    public float[] Recount(int idea, Network network)
    {
        var result = new float[network.FirmCount];
        var adopted = Adopted[idea];
        for (var f = 0; f < network.FirmCount; f++)
        {
            var neighbours = network.Neighbours(f);
            var weights = network.NeighbourWeights(f);
            for (var k = 0; k < neighbours.Length; k++)
                if (adopted[neighbours[k]] != 0) result[f] += weights[k];
        }
        return result;
    }
}

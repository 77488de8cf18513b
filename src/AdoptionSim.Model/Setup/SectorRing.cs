namespace AdoptionSim.Model.Setup;

/// <summary>
/// The firms of one city grouped by sector, each sector's firms in index order (the ring on which local ties
/// go to the next firms of the same sector), and each firm's position in its sector's ring. A counting sort
/// over the sector bytes: two passes over the city's firms, no per-sector lists to grow.
/// </summary>
internal sealed class SectorRing
{
    private readonly int[] _members;
    private readonly int[] _sectorStarts;

    private SectorRing(int[] members, int[] sectorStarts, int[] position)
    {
        _members = members;
        _sectorStarts = sectorStarts;
        Position = position;
    }

    /// <summary>Position of firm <c>start + i</c> among the firms of its sector (index i).</summary>
    public int[] Position { get; }

    /// <summary>The firms of a sector, in index order.</summary>
    public ReadOnlySpan<int> Members(byte sector) =>
        _members.AsSpan(_sectorStarts[sector], _sectorStarts[sector + 1] - _sectorStarts[sector]);

    /// <summary>Groups the firms <c>start..end-1</c> by their sector.</summary>
    public static SectorRing Of(byte[] sector, int start, int end)
    {
        var sectorStarts = new int[byte.MaxValue + 2];
        for (var f = start; f < end; f++) sectorStarts[sector[f] + 1]++;
        for (var s = 1; s < sectorStarts.Length; s++) sectorStarts[s] += sectorStarts[s - 1];
        var members = new int[end - start];
        var position = new int[end - start];
        var next = sectorStarts.AsSpan(0, byte.MaxValue + 1).ToArray();
        for (var f = start; f < end; f++)
        {
            var s = sector[f];
            position[f - start] = next[s] - sectorStarts[s];
            members[next[s]++] = f;
        }
        return new SectorRing(members, sectorStarts, position);
    }
}

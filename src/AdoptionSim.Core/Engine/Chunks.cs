namespace AdoptionSim.Core.Engine;

/// <summary>
/// Parallel loops over index ranges cut into fixed-size chunks. The cut depends only on the count and
/// the chunk size, never on the thread count, so a chunk's work (and any per-chunk output buffer) is the
/// same whether one thread runs all chunks or many run them at once. Work in a chunk must depend only on
/// its indices (randomness keyed by entity, writes to the entity's own slots).
/// </summary>
public static class Chunks
{
    public const int DefaultSize = 8_192;

    public static int Count(int count, int chunkSize = DefaultSize) => count <= 0 ? 0 : (count + chunkSize - 1) / chunkSize;

    /// <summary>Runs <paramref name="body"/>(chunk, start, end) for every chunk.</summary>
    public static void For(int count, int threads, Action<int, int, int> body, int chunkSize = DefaultSize)
    {
        var chunkCount = Count(count, chunkSize);
        if (chunkCount == 0) return;
        if (threads <= 1 || chunkCount == 1)
        {
            for (var c = 0; c < chunkCount; c++) body(c, c * chunkSize, Math.Min(count, (c + 1) * chunkSize));
            return;
        }
        Parallel.For(0, chunkCount, new ParallelOptions { MaxDegreeOfParallelism = threads }, c =>
            body(c, c * chunkSize, Math.Min(count, (c + 1) * chunkSize)));
    }
}

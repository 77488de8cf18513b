namespace AdoptionSim.Core.Engine;

/// <summary>
/// Parallel loops over index ranges in fixed-size chunks. Work in a chunk must depend only on its
/// indices (randomness keyed by entity, writes to the entity's own slots), so results are the same for
/// any thread count; chunks exist only to amortise scheduling.
/// </summary>
public static class Chunks
{
    public const int DefaultSize = 16_384;

    public static void For(int count, int threads, Action<int, int> body, int chunkSize = DefaultSize)
    {
        if (count <= 0) return;
        if (threads <= 1 || count <= chunkSize)
        {
            body(0, count);
            return;
        }
        var chunkCount = (count + chunkSize - 1) / chunkSize;
        Parallel.For(0, chunkCount, new ParallelOptions { MaxDegreeOfParallelism = threads }, c =>
        {
            var start = c * chunkSize;
            body(start, Math.Min(count, start + chunkSize));
        });
    }
}

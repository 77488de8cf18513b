namespace AdoptionSim.IO.Tables;

/// <summary>
/// One table writer's buffers for a block of column values (<see cref="OutputTable{TRow}.Writer"/>): each
/// column of a block is read into the buffer of its type and handed to the sink in one call, and the buffers
/// are reused from block to block.
/// </summary>
internal sealed class BlockScratch
{
    private int[] _int32 = [];
    private long[] _int64 = [];
    private double[] _double = [];
    private bool[] _boolean = [];
    private string[] _string = [];

    public Span<int> Int32s(int count) => Sized(ref _int32, count);
    public Span<long> Int64s(int count) => Sized(ref _int64, count);
    public Span<double> Doubles(int count) => Sized(ref _double, count);
    public Span<bool> Booleans(int count) => Sized(ref _boolean, count);

    /// <summary>Strings are cleared after use (<see cref="ClearStrings"/>) so the buffer holds no reference past a block.</summary>
    public Span<string> Strings(int count) => Sized(ref _string, count);

    public void ClearStrings(int count) => Array.Clear(_string, 0, count);

    private static Span<T> Sized<T>(ref T[] buffer, int count)
    {
        if (buffer.Length < count) buffer = new T[count];
        return buffer.AsSpan(0, count);
    }
}

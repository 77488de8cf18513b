using System.Runtime.CompilerServices;

namespace AdoptionSim.Model.State;

/// <summary>
/// Undirected ties as the set-up draws them (ends and trust weight in three parallel arrays), the input of
/// <see cref="Network.FromEdges"/>. Plain arrays rather than a list of tuples: the build reads them in two
/// passes and drops them before the rows are compacted, so they never coexist with two copies of the rows.
/// </summary>
public sealed class EdgeList
{
    private int[] _a;
    private int[] _b;
    private float[] _weight;

    /// <param name="capacity">Ties expected: a good estimate avoids growing (and copying) the arrays.</param>
    public EdgeList(int capacity = 16)
    {
        capacity = Math.Max(capacity, 16);
        _a = new int[capacity];
        _b = new int[capacity];
        _weight = new float[capacity];
    }

    public int Count { get; private set; }

    public ReadOnlySpan<int> A => _a.AsSpan(0, Count);
    public ReadOnlySpan<int> B => _b.AsSpan(0, Count);
    public ReadOnlySpan<float> Weight => _weight.AsSpan(0, Count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int a, int b, float weight)
    {
        if (Count == _a.Length) Grow();
        _a[Count] = a;
        _b[Count] = b;
        _weight[Count] = weight;
        Count++;
    }

    /// <summary>Lets the arrays go (the list is empty afterwards), so the garbage collector can take them back.</summary>
    public void Release()
    {
        _a = [];
        _b = [];
        _weight = [];
        Count = 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        var capacity = Math.Max(16, (int)Math.Min(Array.MaxLength, 2L * _a.Length));
        Array.Resize(ref _a, capacity);
        Array.Resize(ref _b, capacity);
        Array.Resize(ref _weight, capacity);
    }
}

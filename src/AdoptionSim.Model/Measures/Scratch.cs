using System.Buffers;

namespace AdoptionSim.Model.Measures;

/// <summary>
/// Scratch space for the gap measures: the caller's stack space when it is large enough (the usual case,
/// a few dozen cities), otherwise an array rented from the shared pool and returned on dispose.
/// Keeps the measures free of garbage when they are called every tick.
/// </summary>
internal ref struct Scratch<T> where T : unmanaged
{
    /// <summary>Entries up to which callers should offer stack space.</summary>
    public const int StackLimit = 256;

    private T[]? _rented;

    /// <summary>Exactly the requested number of entries (contents unspecified).</summary>
    public Span<T> Span { get; }

    public Scratch(Span<T> stackSpace, int length)
    {
        if (length <= stackSpace.Length)
        {
            _rented = null;
            Span = stackSpace[..length];
        }
        else
        {
            _rented = ArrayPool<T>.Shared.Rent(length);
            Span = _rented.AsSpan(0, length);
        }
    }

    public void Dispose()
    {
        if (_rented is not null) ArrayPool<T>.Shared.Return(_rented);
        _rented = null;
    }
}

using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AdoptionSim.Parquet.Bytes;

/// <summary>A growable byte array that encoders write into and reuse from page to page,
/// so steady-state writing allocates nothing.</summary>
internal sealed class ByteBuffer
{
    private byte[] _data;
    private int _length;

    public ByteBuffer(int capacity = 256) => _data = new byte[Math.Max(16, capacity)];

    public int Length => _length;
    public ReadOnlySpan<byte> Span => _data.AsSpan(0, _length);
    public ReadOnlyMemory<byte> Memory => _data.AsMemory(0, _length);
    internal byte[] RawArray => _data;

    public void Clear() => _length = 0;

    /// <summary>Reserves <paramref name="count"/> bytes at the end and returns them for writing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> Append(int count)
    {
        if (_length + count > _data.Length) Grow(count);
        var span = _data.AsSpan(_length, count);
        _length += count;
        return span;
    }

    /// <summary>Gives back unused bytes from the end (after an over-reserving <see cref="Append"/>).</summary>
    public void Truncate(int length) => _length = length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteByte(byte value)
    {
        if (_length == _data.Length) Grow(1);
        _data[_length++] = value;
    }

    public void Write(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Append(bytes.Length));

    public void WriteInt32LittleEndian(int value) => BinaryPrimitives.WriteInt32LittleEndian(Append(4), value);

    /// <summary>Unsigned LEB128, as Thrift compact and the RLE hybrid use.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteUleb128(ulong value)
    {
        while (value >= 0x80)
        {
            WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        WriteByte((byte)value);
    }

    /// <summary>Copies primitive values as their little-endian bytes (every platform .NET runs
    /// Parquet on here is little-endian; the file writer checks once when it starts).</summary>
    public void WriteValues<T>(ReadOnlySpan<T> values) where T : unmanaged => Write(MemoryMarshal.AsBytes(values));

    private void Grow(int extra)
    {
        var needed = (long)_length + extra;
        var size = Math.Max(needed, (long)_data.Length * 2);
        if (size > Array.MaxLength) size = Math.Max(needed, Array.MaxLength);
        if (size > Array.MaxLength) throw new InvalidOperationException("A Parquet page or footer grew past 2 GB.");
        Array.Resize(ref _data, (int)size);
    }
}

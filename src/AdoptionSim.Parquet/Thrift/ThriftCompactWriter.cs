using AdoptionSim.Parquet.Bytes;

namespace AdoptionSim.Parquet.Thrift;

/// <summary>
/// The subset of the Thrift compact protocol Parquet metadata needs. Callers write fields in
/// ascending id order; the writer keeps the previous field id per open struct because field
/// headers carry the id as a delta from it.
/// </summary>
internal sealed class ThriftCompactWriter
{
    private readonly ByteBuffer _out;
    private readonly Stack<short> _outerLastIds = new();
    private short _lastId;

    public ThriftCompactWriter(ByteBuffer output) => _out = output;

    public void BeginStruct()
    {
        _outerLastIds.Push(_lastId);
        _lastId = 0;
    }

    public void EndStruct()
    {
        _out.WriteByte(ThriftType.Stop);
        _lastId = _outerLastIds.Pop();
    }

    public void FieldI32(short id, int value)
    {
        FieldHeader(id, ThriftType.I32);
        WriteVarInt(value);
    }

    public void FieldI64(short id, long value)
    {
        FieldHeader(id, ThriftType.I64);
        WriteVarLong(value);
    }

    /// <summary>Booleans live in the field header's type nibble: no value byte follows.</summary>
    public void FieldBool(short id, bool value) => FieldHeader(id, value ? ThriftType.BoolTrue : ThriftType.BoolFalse);

    public void FieldBinary(short id, ReadOnlySpan<byte> value)
    {
        FieldHeader(id, ThriftType.Binary);
        WriteBinary(value);
    }

    public void FieldString(short id, string value)
    {
        FieldHeader(id, ThriftType.Binary);
        WriteString(value);
    }

    /// <summary>Header of a struct field; follow with <see cref="BeginStruct"/> … <see cref="EndStruct"/>.</summary>
    public void FieldStructBegin(short id)
    {
        FieldHeader(id, ThriftType.Struct);
        BeginStruct();
    }

    /// <summary>Header of a list field; follow with <paramref name="size"/> elements written without field headers.</summary>
    public void FieldList(short id, byte elementType, int size)
    {
        FieldHeader(id, ThriftType.List);
        ListHeader(elementType, size);
    }

    public void ListHeader(byte elementType, int size)
    {
        if (size < 15) _out.WriteByte((byte)((size << 4) | elementType));
        else
        {
            _out.WriteByte((byte)(0xF0 | elementType));
            _out.WriteUleb128((uint)size);
        }
    }

    public void WriteVarInt(int value) => _out.WriteUleb128(ZigZag(value));
    public void WriteVarLong(long value) => _out.WriteUleb128(ZigZag(value));

    public void WriteBinary(ReadOnlySpan<byte> value)
    {
        _out.WriteUleb128((uint)value.Length);
        _out.Write(value);
    }

    public void WriteString(string value)
    {
        var bytes = Utf8.Strict.GetByteCount(value);
        _out.WriteUleb128((uint)bytes);
        Utf8.Strict.GetBytes(value, _out.Append(bytes));
    }

    internal static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));
    internal static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private void FieldHeader(short id, byte type)
    {
        if (id <= _lastId) throw new InvalidOperationException($"Thrift field {id} written after field {_lastId}: ids must ascend.");
        var delta = id - _lastId;
        if (delta <= 15) _out.WriteByte((byte)((delta << 4) | type));
        else
        {
            _out.WriteByte(type);
            WriteVarInt(id);
        }
        _lastId = id;
    }
}

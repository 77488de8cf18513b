namespace AdoptionSim.Parquet.Thrift;

/// <summary>
/// Reads Thrift compact structs from a byte array. Damaged input raises
/// <see cref="InvalidDataException"/>, which the file reader turns into a
/// <see cref="ParquetFormatException"/> naming the file.
/// </summary>
internal sealed class ThriftCompactReader
{
    private const int MaxDepth = 64; // garbage must not recurse the stack away
    private readonly byte[] _data;
    private readonly int _end;
    private readonly Stack<short> _outerLastIds = new();
    private short _lastId;

    public ThriftCompactReader(byte[] data, int offset, int count)
    {
        _data = data;
        Position = offset;
        _end = offset + count;
    }

    public int Position { get; private set; }

    public void BeginStruct()
    {
        if (_outerLastIds.Count >= MaxDepth) throw new InvalidDataException("Thrift structs nested too deeply.");
        _outerLastIds.Push(_lastId);
        _lastId = 0;
    }

    /// <summary>Reads the next field header; false at the struct's stop byte (and the struct is closed).</summary>
    public bool NextField(out short id, out byte type)
    {
        var header = ReadByte();
        if (header == ThriftType.Stop)
        {
            _lastId = _outerLastIds.Pop();
            id = 0;
            type = 0;
            return false;
        }
        type = (byte)(header & 0x0F);
        var delta = header >> 4;
        id = delta != 0 ? checked((short)(_lastId + delta)) : checked((short)ReadI32());
        _lastId = id;
        return true;
    }

    /// <summary>A boolean field's value is its header's type nibble.</summary>
    public bool ReadBool(byte fieldType) => fieldType switch
    {
        ThriftType.BoolTrue => true,
        ThriftType.BoolFalse => false,
        _ => throw new InvalidDataException($"Thrift field of type {fieldType} where a boolean was expected."),
    };

    public int ReadI32()
    {
        var v = ReadUleb128();
        if (v > uint.MaxValue) throw new InvalidDataException("Thrift i32 out of range.");
        var u = (uint)v;
        return (int)(u >> 1) ^ -(int)(u & 1);
    }

    public long ReadI64()
    {
        var u = ReadUleb128();
        return (long)(u >> 1) ^ -(long)(u & 1);
    }

    public ReadOnlySpan<byte> ReadBinary()
    {
        var length = ReadUleb128();
        if (length > (ulong)(_end - Position)) throw new InvalidDataException("Thrift binary runs past the end of the metadata.");
        var span = _data.AsSpan(Position, (int)length);
        Position += (int)length;
        return span;
    }

    /// <summary>A Thrift byte (i8) field: one raw byte.</summary>
    public byte ReadByteValue() => ReadByte();

    public string ReadString() => System.Text.Encoding.UTF8.GetString(ReadBinary());

    public int ReadListHeader(out byte elementType)
    {
        var header = ReadByte();
        elementType = (byte)(header & 0x0F);
        var size = header >> 4;
        if (size == 15)
        {
            var big = ReadUleb128();
            // Each element takes at least one byte, which bounds a believable size.
            if (big > (ulong)(_end - Position)) throw new InvalidDataException("Thrift list longer than the metadata holding it.");
            size = (int)big;
        }
        return size;
    }

    public void Skip(byte type) => Skip(type, 0);

    private void Skip(byte type, int depth)
    {
        if (depth > MaxDepth) throw new InvalidDataException("Thrift values nested too deeply.");
        switch (type)
        {
            case ThriftType.BoolTrue or ThriftType.BoolFalse: break; // the value was in the header
            case ThriftType.Byte: ReadByte(); break;
            case ThriftType.I16 or ThriftType.I32 or ThriftType.I64: ReadUleb128(); break;
            case ThriftType.Double: Advance(8); break;
            case ThriftType.Binary: ReadBinary(); break;
            case ThriftType.List or ThriftType.Set:
                {
                    var n = ReadListHeader(out var element);
                    for (var i = 0; i < n; i++)
                    {
                        // Inside containers a boolean is a whole byte.
                        if (element is ThriftType.BoolTrue or ThriftType.BoolFalse) ReadByte();
                        else Skip(element, depth + 1);
                    }
                    break;
                }
            case ThriftType.Map:
                {
                    var n = ReadUleb128();
                    if (n == 0) break;
                    if (n > (ulong)(_end - Position)) throw new InvalidDataException("Thrift map longer than the metadata holding it.");
                    var kinds = ReadByte();
                    for (ulong i = 0; i < n; i++)
                    {
                        SkipElement((byte)(kinds >> 4), depth);
                        SkipElement((byte)(kinds & 0x0F), depth);
                    }
                    break;
                }
            case ThriftType.Struct:
                BeginStruct();
                while (NextField(out _, out var fieldType)) Skip(fieldType, depth + 1);
                break;
            default: throw new InvalidDataException($"Unknown Thrift type code {type}.");
        }
    }

    private void SkipElement(byte type, int depth)
    {
        if (type is ThriftType.BoolTrue or ThriftType.BoolFalse) ReadByte();
        else Skip(type, depth + 1);
    }

    private byte ReadByte()
    {
        if (Position >= _end) throw new InvalidDataException("Thrift metadata ends early.");
        return _data[Position++];
    }

    private void Advance(int count)
    {
        if (count > _end - Position) throw new InvalidDataException("Thrift metadata ends early.");
        Position += count;
    }

    private ulong ReadUleb128()
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw new InvalidDataException("Thrift varint longer than 10 bytes.");
    }
}

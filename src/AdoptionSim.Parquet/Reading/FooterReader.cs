using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet.Reading;

/// <summary>Parses FileMetaData and PageHeader structs from Thrift compact bytes (field ids from parquet.thrift).</summary>
internal static class FooterReader
{
    public static FileMetadataInfo ReadFileMetadata(ThriftCompactReader r)
    {
        var m = new FileMetadataInfo();
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 2 when type == ThriftType.List:
                    for (int i = 0, n = r.ReadListHeader(out _); i < n; i++) m.Schema.Add(ReadSchemaElement(r));
                    break;
                case 3 when type == ThriftType.I64: m.NumRows = r.ReadI64(); break;
                case 4 when type == ThriftType.List:
                    for (int i = 0, n = r.ReadListHeader(out _); i < n; i++) m.RowGroups.Add(ReadRowGroup(r));
                    break;
                case 5 when type == ThriftType.List:
                    for (int i = 0, n = r.ReadListHeader(out _); i < n; i++) m.KeyValues.Add(ReadKeyValue(r));
                    break;
                case 6 when type == ThriftType.Binary: m.CreatedBy = r.ReadString(); break;
                default: r.Skip(type); break;
            }
        }
        return m;
    }

    private static SchemaElementInfo ReadSchemaElement(ThriftCompactReader r)
    {
        var e = new SchemaElementInfo();
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.I32: e.Type = (PhysicalType)r.ReadI32(); break;
                case 3 when type == ThriftType.I32: e.Repetition = (FieldRepetition)r.ReadI32(); break;
                case 4 when type == ThriftType.Binary: e.Name = r.ReadString(); break;
                case 5 when type == ThriftType.I32: e.NumChildren = r.ReadI32(); break;
                case 6 when type == ThriftType.I32: e.ConvertedType = (ConvertedType)r.ReadI32(); break;
                case 10 when type == ThriftType.Struct: ReadLogicalType(r, e); break;
                default: r.Skip(type); break;
            }
        }
        return e;
    }

    /// <summary>LogicalType is a union: one field whose id names the type. INTEGER's width and sign matter for reading.</summary>
    private static void ReadLogicalType(ThriftCompactReader r, SchemaElementInfo e)
    {
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            e.LogicalTypeId = id;
            if (id == 10 && type == ThriftType.Struct)
            {
                r.BeginStruct();
                while (r.NextField(out var f, out var ft))
                {
                    if (f == 1 && ft == ThriftType.Byte) e.IntegerBitWidth = (sbyte)r.ReadByteValue();
                    else if (f == 2 && ft is ThriftType.BoolTrue or ThriftType.BoolFalse) e.IntegerSigned = r.ReadBool(ft);
                    else r.Skip(ft);
                }
            }
            else r.Skip(type);
        }
    }

    private static RowGroupInfo ReadRowGroup(ThriftCompactReader r)
    {
        var g = new RowGroupInfo();
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.List:
                    for (int i = 0, n = r.ReadListHeader(out _); i < n; i++) g.Columns.Add(ReadColumnChunk(r));
                    break;
                case 3 when type == ThriftType.I64: g.NumRows = r.ReadI64(); break;
                default: r.Skip(type); break;
            }
        }
        return g;
    }

    private static ColumnChunkInfo ReadColumnChunk(ThriftCompactReader r)
    {
        var c = new ColumnChunkInfo();
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.Binary: c.FilePath = r.ReadString(); break;
                case 3 when type == ThriftType.Struct: ReadColumnMetadata(r, c); break;
                default: r.Skip(type); break;
            }
        }
        return c;
    }

    private static void ReadColumnMetadata(ThriftCompactReader r, ColumnChunkInfo c)
    {
        c.HasMetadata = true;
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.I32: c.Type = (PhysicalType)r.ReadI32(); break;
                case 3 when type == ThriftType.List:
                    for (int i = 0, n = r.ReadListHeader(out _); i < n; i++) c.Path.Add(r.ReadString());
                    break;
                case 4 when type == ThriftType.I32: c.Codec = (CompressionCodec)r.ReadI32(); break;
                case 5 when type == ThriftType.I64: c.NumValues = r.ReadI64(); break;
                case 7 when type == ThriftType.I64: c.TotalCompressedSize = r.ReadI64(); break;
                case 9 when type == ThriftType.I64: c.DataPageOffset = r.ReadI64(); break;
                case 11 when type == ThriftType.I64: c.DictionaryPageOffset = r.ReadI64(); break;
                default: r.Skip(type); break;
            }
        }
    }

    private static KeyValuePair<string, string> ReadKeyValue(ThriftCompactReader r)
    {
        string key = "", value = "";
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            if (id == 1 && type == ThriftType.Binary) key = r.ReadString();
            else if (id == 2 && type == ThriftType.Binary) value = r.ReadString();
            else r.Skip(type);
        }
        return new(key, value);
    }

    public static PageHeaderInfo ReadPageHeader(ThriftCompactReader r)
    {
        var h = new PageHeaderInfo();
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.I32: h.Type = (PageType)r.ReadI32(); break;
                case 2 when type == ThriftType.I32: h.UncompressedSize = r.ReadI32(); break;
                case 3 when type == ThriftType.I32: h.CompressedSize = r.ReadI32(); break;
                case 5 when type == ThriftType.Struct: ReadDataPageHeader(r, h); break;
                case 7 when type == ThriftType.Struct: ReadDictionaryPageHeader(r, h); break;
                case 8 when type == ThriftType.Struct: ReadDataPageHeaderV2(r, h); break;
                default: r.Skip(type); break;
            }
        }
        return h;
    }

    private static void ReadDataPageHeader(ThriftCompactReader r, PageHeaderInfo h)
    {
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.I32: h.NumValues = r.ReadI32(); break;
                case 2 when type == ThriftType.I32: h.Encoding = (ParquetEncoding)r.ReadI32(); break;
                case 3 when type == ThriftType.I32: h.DefinitionLevelEncoding = (ParquetEncoding)r.ReadI32(); break;
                default: r.Skip(type); break;
            }
        }
    }

    private static void ReadDictionaryPageHeader(ThriftCompactReader r, PageHeaderInfo h)
    {
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.I32: h.NumValues = r.ReadI32(); break;
                case 2 when type == ThriftType.I32: h.Encoding = (ParquetEncoding)r.ReadI32(); break;
                default: r.Skip(type); break;
            }
        }
    }

    private static void ReadDataPageHeaderV2(ThriftCompactReader r, PageHeaderInfo h)
    {
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.I32: h.NumValues = r.ReadI32(); break;
                case 2 when type == ThriftType.I32: h.NumNulls = r.ReadI32(); break;
                case 4 when type == ThriftType.I32: h.Encoding = (ParquetEncoding)r.ReadI32(); break;
                case 5 when type == ThriftType.I32: h.DefinitionLevelsLength = r.ReadI32(); break;
                case 6 when type == ThriftType.I32: h.RepetitionLevelsLength = r.ReadI32(); break;
                case 7 when type is ThriftType.BoolTrue or ThriftType.BoolFalse: h.IsCompressed = r.ReadBool(type); break;
                default: r.Skip(type); break;
            }
        }
    }
}

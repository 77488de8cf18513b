using AdoptionSim.Parquet.Bytes;
using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet.Writing;

/// <summary>
/// Serialises FileMetaData (Thrift compact, field ids from parquet.thrift). Everything written
/// comes from the schema, the rows and the options — no clock, no host name — so equal input
/// gives an equal footer.
/// </summary>
internal static class FooterWriter
{
    public static void Write(
        ByteBuffer output,
        IReadOnlyList<ColumnDescriptor> schema,
        IReadOnlyList<RowGroupMetadata> rowGroups,
        IReadOnlyList<KeyValuePair<string, string>> keyValues,
        string createdBy)
    {
        var t = new ThriftCompactWriter(output);
        t.BeginStruct();
        t.FieldI32(1, 1); // version
        WriteSchema(t, schema);
        t.FieldI64(3, rowGroups.Sum(g => g.NumRows));
        t.FieldList(4, ThriftType.Struct, rowGroups.Count);
        for (var i = 0; i < rowGroups.Count; i++) WriteRowGroup(t, rowGroups[i], (short)Math.Min(i, short.MaxValue));
        if (keyValues.Count > 0)
        {
            t.FieldList(5, ThriftType.Struct, keyValues.Count);
            foreach (var kv in keyValues)
            {
                t.BeginStruct();
                t.FieldString(1, kv.Key);
                if (kv.Value is not null) t.FieldString(2, kv.Value);
                t.EndStruct();
            }
        }
        t.FieldString(6, createdBy);
        // column_orders: TYPE_ORDER for every leaf. Without it readers must ignore min_value/max_value.
        t.FieldList(7, ThriftType.Struct, schema.Count);
        for (var i = 0; i < schema.Count; i++)
        {
            t.BeginStruct();
            t.FieldStructBegin(1); // TypeDefinedOrder {}
            t.EndStruct();
            t.EndStruct();
        }
        t.EndStruct();
    }

    private static void WriteSchema(ThriftCompactWriter t, IReadOnlyList<ColumnDescriptor> schema)
    {
        t.FieldList(2, ThriftType.Struct, schema.Count + 1);
        t.BeginStruct();
        t.FieldString(4, "schema");
        t.FieldI32(5, schema.Count);
        t.EndStruct();
        foreach (var c in schema)
        {
            t.BeginStruct();
            t.FieldI32(1, (int)c.PhysicalType);
            t.FieldI32(3, (int)(c.Optional ? FieldRepetition.Optional : FieldRepetition.Required));
            t.FieldString(4, c.Name);
            if (c.IsString)
            {
                t.FieldI32(6, (int)ConvertedType.Utf8);
                t.FieldStructBegin(10); // LogicalType union
                t.FieldStructBegin(1);  // STRING: StringType {}
                t.EndStruct();
                t.EndStruct();
            }
            t.EndStruct();
        }
    }

    private static void WriteRowGroup(ThriftCompactWriter t, RowGroupMetadata group, short ordinal)
    {
        t.BeginStruct();
        t.FieldList(1, ThriftType.Struct, group.Columns.Count);
        foreach (var chunk in group.Columns) WriteColumnChunk(t, chunk);
        t.FieldI64(2, group.Columns.Sum(c => c.TotalUncompressedSize));
        t.FieldI64(3, group.NumRows);
        if (group.Columns.Count > 0) t.FieldI64(5, group.Columns[0].FirstPageOffset);
        t.FieldI64(6, group.Columns.Sum(c => c.TotalCompressedSize));
        t.FieldI32(7, ordinal); // i16 on the wire is the same zigzag varint
        t.EndStruct();
    }

    private static void WriteColumnChunk(ThriftCompactWriter t, ColumnChunkMetadata c)
    {
        t.BeginStruct();
        t.FieldI64(2, 0); // file_offset: deprecated, 0 by convention (the metadata follows, not precedes)
        t.FieldStructBegin(3);
        t.FieldI32(1, (int)c.PhysicalType);
        t.FieldList(2, ThriftType.I32, c.Encodings.Count);
        foreach (var e in c.Encodings) t.WriteVarInt((int)e);
        t.FieldList(3, ThriftType.Binary, 1);
        t.WriteString(c.Column.Name);
        t.FieldI32(4, (int)c.Codec);
        t.FieldI64(5, c.NumValues);
        t.FieldI64(6, c.TotalUncompressedSize);
        t.FieldI64(7, c.TotalCompressedSize);
        t.FieldI64(9, c.DataPageOffset);
        if (c.DictionaryPageOffset is { } dict) t.FieldI64(11, dict);
        WriteStatistics(t, c.Statistics);
        t.EndStruct();
        t.EndStruct();
    }

    private static void WriteStatistics(ThriftCompactWriter t, ColumnStatistics s)
    {
        t.FieldStructBegin(12);
        t.FieldI64(3, s.NullCount);
        if (s.Max is not null && s.Min is not null)
        {
            t.FieldBinary(5, s.Max);
            t.FieldBinary(6, s.Min);
            t.FieldBool(7, true); // is_max_value_exact: bounds are never truncated
            t.FieldBool(8, true); // is_min_value_exact
        }
        if (s.NanCount is { } nans) t.FieldI64(9, nans);
        t.EndStruct();
    }
}

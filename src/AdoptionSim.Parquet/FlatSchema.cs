using AdoptionSim.Parquet.Reading;
using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet;

/// <summary>How a stored column becomes one of our <see cref="ParquetType"/>s.</summary>
internal enum ValueConversion { None, FloatToDouble, UInt32ToInt64 }

/// <summary>
/// Maps a file's schema to flat <see cref="ParquetColumn"/>s. Widening is exact (FLOAT → Double,
/// unsigned 32-bit → Int64); anything that would change values (DECIMAL, unsigned 64-bit, INT96)
/// or that is not flat (groups, repeated fields) is reported as unsupported.
/// </summary>
internal sealed record FlatSchema(List<ParquetColumn> Columns, List<PhysicalType> Physical, List<ValueConversion> Conversions)
{
    public static FlatSchema From(FileMetadataInfo metadata)
    {
        var schema = metadata.Schema;
        if (schema.Count == 0) throw new InvalidDataException("its footer has no schema.");
        var result = new FlatSchema([], [], []);
        for (var i = 1; i < schema.Count; i++)
        {
            var e = schema[i];
            if (e.NumChildren > 0) throw new UnsupportedFeatureException($"a nested column '{e.Name}' (a group of {e.NumChildren} fields)");
            if (e.Repetition == FieldRepetition.Repeated) throw new UnsupportedFeatureException($"a repeated column '{e.Name}'");
            if (e.Type is not { } physical) throw new InvalidDataException($"schema element '{e.Name}' has neither a type nor children.");
            var (type, conversion) = Map(e, physical);
            result.Columns.Add(new ParquetColumn(e.Name, type, e.Repetition == FieldRepetition.Optional));
            result.Physical.Add(physical);
            result.Conversions.Add(conversion);
        }
        if (schema[0].NumChildren != schema.Count - 1)
            throw new InvalidDataException($"its schema root declares {schema[0].NumChildren} columns but {schema.Count - 1} follow.");
        if (result.Columns.Count == 0) throw new InvalidDataException("its schema has no columns.");
        return result;
    }

    private static (ParquetType, ValueConversion) Map(SchemaElementInfo e, PhysicalType physical)
    {
        if (e.ConvertedType == ConvertedType.Decimal || e.LogicalTypeId == 5)
            throw new UnsupportedFeatureException($"the DECIMAL type (column '{e.Name}')");
        var unsigned = e.ConvertedType is ConvertedType.Uint8 or ConvertedType.Uint16 or ConvertedType.Uint32 or ConvertedType.Uint64
                       || (e.LogicalTypeId == 10 && e.IntegerSigned == false);
        return physical switch
        {
            PhysicalType.Boolean => (ParquetType.Boolean, ValueConversion.None),
            // UINT_8/UINT_16 fit an int as stored; UINT_32 needs widening to stay non-negative.
            PhysicalType.Int32 when unsigned && (e.ConvertedType == ConvertedType.Uint32 || e.IntegerBitWidth == 32)
                => (ParquetType.Int64, ValueConversion.UInt32ToInt64),
            PhysicalType.Int32 => (ParquetType.Int32, ValueConversion.None),
            PhysicalType.Int64 when unsigned => throw new UnsupportedFeatureException($"the unsigned 64-bit integer type (column '{e.Name}')"),
            PhysicalType.Int64 => (ParquetType.Int64, ValueConversion.None),
            PhysicalType.Float => (ParquetType.Double, ValueConversion.FloatToDouble),
            PhysicalType.Double => (ParquetType.Double, ValueConversion.None),
            PhysicalType.ByteArray => (ParquetType.String, ValueConversion.None),
            _ => throw new UnsupportedFeatureException($"the physical type {ParquetNames.Of(physical)} (column '{e.Name}')"),
        };
    }
}

/// <summary>Turns densely decoded values into row-aligned arrays (a null row holds the type's default) in the column's type.</summary>
internal static class ColumnAssembly
{
    public static ParquetTable.ColumnData Assemble(ParquetColumn column, ValueConversion conversion, ValueDecoder decoder, bool[]? nulls, int rows)
    {
        var expected = nulls is null ? rows : rows - CountTrue(nulls);
        if (decoder.Count != expected)
            throw new InvalidDataException($"column '{column.Name}' has {decoder.Count} values for {expected} non-null rows.");
        Array values = conversion switch
        {
            ValueConversion.FloatToDouble => Array.ConvertAll((float[])decoder.Values, f => (double)f),
            ValueConversion.UInt32ToInt64 => Array.ConvertAll((int[])decoder.Values, i => (long)(uint)i),
            _ => decoder.Values,
        };
        if (nulls is not null) Spread(values, nulls, decoder.Count);
        return new ParquetTable.ColumnData(column, values, nulls);
    }

    /// <summary>Moves the dense values to their rows, from the back so it works in place (value index ≤ row index).</summary>
    private static void Spread(Array values, bool[] nulls, int count)
    {
        switch (values)
        {
            case int[] a: Spread(a, nulls, count); break;
            case long[] a: Spread(a, nulls, count); break;
            case double[] a: Spread(a, nulls, count); break;
            case bool[] a: Spread(a, nulls, count); break;
            case string[] a: Spread(a, nulls, count); break;
            default: throw new InvalidOperationException($"Unexpected value array {values.GetType()}.");
        }
    }

    private static void Spread<T>(T[] values, bool[] nulls, int count)
    {
        var v = count - 1;
        for (var row = nulls.Length - 1; row >= 0; row--)
        {
            if (nulls[row]) values[row] = default!;
            else values[row] = values[v--];
        }
    }

    private static int CountTrue(bool[] flags)
    {
        var n = 0;
        foreach (var f in flags) if (f) n++;
        return n;
    }
}

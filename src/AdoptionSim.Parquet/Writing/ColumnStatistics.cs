using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace AdoptionSim.Parquet.Writing;

/// <summary>
/// One column chunk's Statistics as the footer stores them: min/max in PLAIN bytes (no length
/// prefix for strings), null count, and for doubles the NaN count. Min/max are absent when the
/// chunk has no orderable value (all null, all NaN) or a string bound is too long to be worth storing.
/// </summary>
internal sealed record ColumnStatistics(long NullCount, byte[]? Min, byte[]? Max, long? NanCount)
{
    /// <summary>Longer string bounds are left out rather than truncated: a truncated bound would
    /// need is_*_value_exact=false and readers' support for that varies.</summary>
    public const int MaxStringBoundBytes = 4096;

    public static ColumnStatistics ForInt32(ReadOnlySpan<int> values, long nulls)
    {
        if (values.IsEmpty) return new(nulls, null, null, null);
        var (min, max) = MinMax(values);
        return new(nulls, Int32Bytes(min), Int32Bytes(max), null);
    }

    public static ColumnStatistics ForInt64(ReadOnlySpan<long> values, long nulls)
    {
        if (values.IsEmpty) return new(nulls, null, null, null);
        var (min, max) = MinMax(values);
        return new(nulls, Int64Bytes(min), Int64Bytes(max), null);
    }

    /// <summary>The least and greatest of a non-empty span of integers, a vector of them at a time.</summary>
    private static (T Min, T Max) MinMax<T>(ReadOnlySpan<T> values) where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
    {
        T min = T.MaxValue, max = T.MinValue;
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= 2 * Vector<T>.Count)
        {
            var vectors = MemoryMarshal.Cast<T, Vector<T>>(values);
            Vector<T> vMin = vectors[0], vMax = vectors[0];
            foreach (var v in vectors[1..])
            {
                vMin = Vector.Min(vMin, v);
                vMax = Vector.Max(vMax, v);
            }
            for (var lane = 0; lane < Vector<T>.Count; lane++)
            {
                min = T.Min(min, vMin[lane]);
                max = T.Max(max, vMax[lane]);
            }
            i = vectors.Length * Vector<T>.Count;
        }
        for (; i < values.Length; i++)
        {
            min = T.Min(min, values[i]);
            max = T.Max(max, values[i]);
        }
        return (min, max);
    }

    /// <summary>
    /// Parquet's rules for floating point bounds: NaN never enters min/max (it is counted in
    /// nan_count instead), and because −0.0 and +0.0 compare equal a zero minimum is written
    /// as −0.0 and a zero maximum as +0.0, so a reader filtering on the bounds never skips a zero.
    /// </summary>
    public static ColumnStatistics ForDouble(ReadOnlySpan<double> values, long nulls)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        long nans = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<double>.Count)
        {
            // NaN lanes count as NaN and take no part in the bounds (+∞ for the minimum, −∞ for the maximum). Which zero
            // a vector minimum keeps does not matter: a zero bound is made −0.0 or +0.0 below.
            var vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
            Vector<double> vMin = new(double.PositiveInfinity), vMax = new(double.NegativeInfinity);
            var nanLanes = Vector<long>.Zero;
            foreach (var v in vectors)
            {
                var isNumber = Vector.Equals(v, v);
                nanLanes -= Vector.AsVectorInt64(~isNumber); // a NaN lane is all ones, that is −1
                vMin = Vector.Min(vMin, Vector.ConditionalSelect(isNumber, v, new Vector<double>(double.PositiveInfinity)));
                vMax = Vector.Max(vMax, Vector.ConditionalSelect(isNumber, v, new Vector<double>(double.NegativeInfinity)));
            }
            for (var lane = 0; lane < Vector<double>.Count; lane++)
            {
                if (vMin[lane] < min) min = vMin[lane];
                if (vMax[lane] > max) max = vMax[lane];
                nans += nanLanes[lane];
            }
            i = vectors.Length * Vector<double>.Count;
        }
        for (; i < values.Length; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                nans++;
                continue;
            }
            if (v < min) min = v;
            if (v > max) max = v;
        }
        if (nans == values.Length) return new(nulls, null, null, nans);
        if (min == 0) min = -0.0;
        if (max == 0) max = 0.0;
        return new(nulls, DoubleBytes(min), DoubleBytes(max), nans);
    }

    public static ColumnStatistics ForBoolean(ReadOnlySpan<bool> values, long nulls)
    {
        if (values.IsEmpty) return new(nulls, null, null, null);
        var anyFalse = values.Contains(false);
        var anyTrue = values.Contains(true);
        return new(nulls, [anyFalse ? (byte)0 : (byte)1], [anyTrue ? (byte)1 : (byte)0], null);
    }

    /// <summary>Strings order by their UTF-8 bytes compared as unsigned, which is code point order;
    /// <see cref="string.CompareOrdinal(string, string)"/> compares UTF-16 units and differs for
    /// characters above U+FFFF versus U+E000–U+FFFF.</summary>
    public static ColumnStatistics ForStrings(StringBoundsTracker bounds, long nulls)
    {
        if (!bounds.HasValue || bounds.Min.Length > MaxStringBoundBytes || bounds.Max.Length > MaxStringBoundBytes)
            return new(nulls, null, null, null);
        return new(nulls, bounds.Min.ToArray(), bounds.Max.ToArray(), null);
    }

    private static byte[] Int32Bytes(int v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, v);
        return b;
    }

    private static byte[] Int64Bytes(long v)
    {
        var b = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(b, v);
        return b;
    }

    private static byte[] DoubleBytes(double v)
    {
        var b = new byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(b, v);
        return b;
    }
}

/// <summary>Keeps the least and greatest UTF-8 byte strings seen, in unsigned byte order.</summary>
internal ref struct StringBoundsTracker
{
    public ReadOnlySpan<byte> Min;
    public ReadOnlySpan<byte> Max;
    public bool HasValue;

    public void Add(ReadOnlySpan<byte> value)
    {
        if (!HasValue)
        {
            Min = value;
            Max = value;
            HasValue = true;
            return;
        }
        // SequenceCompareTo on bytes compares them as unsigned values, lexicographically.
        if (value.SequenceCompareTo(Min) < 0) Min = value;
        if (value.SequenceCompareTo(Max) > 0) Max = value;
    }
}

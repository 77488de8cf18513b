using AdoptionSim.Parquet.Writing;

namespace AdoptionSim.Parquet.Tests;

/// <summary>Column chunk statistics: orders and the floating-point rules, on the bytes that go in the footer.</summary>
public sealed class StatisticsTests
{
    private static double AsDouble(byte[]? bytes) => BitConverter.ToDouble(bytes!);

    [Fact]
    public void Vectorised_bounds_equal_a_value_by_value_scan_at_every_length()
    {
        var random = new Random(11);
        double[] special = [double.NaN, 0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -double.MaxValue];
        int[] extremes = [int.MinValue, int.MaxValue, 0, -1];
        for (var length = 1; length < 80; length++)
        {
            for (var round = 0; round < 20; round++)
            {
                var doubles = Enumerable.Range(0, length).Select(_ => random.Next(4) == 0 ? special[random.Next(special.Length)] : random.NextDouble() * 200 - 100).ToArray();
                var finite = doubles.Where(d => !double.IsNaN(d)).ToArray();
                var s = ColumnStatistics.ForDouble(doubles, 0);
                s.NanCount.Should().Be(doubles.Length - finite.Length);
                if (finite.Length == 0) s.Min.Should().BeNull();
                else
                {
                    // The scan's bounds with Parquet's zero rule; compared as bits, so −0.0 and +0.0 differ.
                    var (min, max) = (finite.Min(), finite.Max());
                    s.Min.Should().Equal(BitConverter.GetBytes(min == 0 ? -0.0 : min), $"length {length}");
                    s.Max.Should().Equal(BitConverter.GetBytes(max == 0 ? 0.0 : max), $"length {length}");
                }

                var ints = Enumerable.Range(0, length).Select(_ => random.Next(5) == 0 ? extremes[random.Next(extremes.Length)] : random.Next(-1000, 1000)).ToArray();
                var i = ColumnStatistics.ForInt32(ints, 0);
                i.Min.Should().Equal(BitConverter.GetBytes(ints.Min()));
                i.Max.Should().Equal(BitConverter.GetBytes(ints.Max()));
                var longs = ints.Select(v => (long)v * 3_000_000_000L).ToArray();
                var l = ColumnStatistics.ForInt64(longs, 0);
                l.Min.Should().Equal(BitConverter.GetBytes(longs.Min()));
                l.Max.Should().Equal(BitConverter.GetBytes(longs.Max()));
            }
        }
    }

    [Fact]
    public void Zero_bounds_are_minus_zero_for_min_and_plus_zero_for_max()
    {
        var s = ColumnStatistics.ForDouble([0.0, 0.0], 0);
        BitConverter.DoubleToInt64Bits(AsDouble(s.Min)).Should().Be(BitConverter.DoubleToInt64Bits(-0.0));
        BitConverter.DoubleToInt64Bits(AsDouble(s.Max)).Should().Be(0L);

        var negative = ColumnStatistics.ForDouble([-0.0, -3.0], 0);
        AsDouble(negative.Min).Should().Be(-3.0);
        BitConverter.DoubleToInt64Bits(AsDouble(negative.Max)).Should().Be(0L, "a zero maximum is +0.0 even when only -0.0 was seen");
    }

    [Fact]
    public void NaN_is_counted_not_ordered()
    {
        var s = ColumnStatistics.ForDouble([double.NaN, 2.0, double.NaN, -1.0], 3);
        AsDouble(s.Min).Should().Be(-1.0);
        AsDouble(s.Max).Should().Be(2.0);
        s.NanCount.Should().Be(2);
        s.NullCount.Should().Be(3);

        var onlyNan = ColumnStatistics.ForDouble([double.NaN], 0);
        onlyNan.Min.Should().BeNull();
        onlyNan.Max.Should().BeNull();
        onlyNan.NanCount.Should().Be(1);
    }

    [Fact]
    public void Infinities_are_ordinary_bounds()
    {
        var s = ColumnStatistics.ForDouble([double.NegativeInfinity, 1, double.PositiveInfinity], 0);
        AsDouble(s.Min).Should().Be(double.NegativeInfinity);
        AsDouble(s.Max).Should().Be(double.PositiveInfinity);
    }

    [Fact]
    public void Integers_use_signed_order()
    {
        var s = ColumnStatistics.ForInt32([5, int.MinValue, -1, int.MaxValue], 0);
        BitConverter.ToInt32(s.Min).Should().Be(int.MinValue);
        BitConverter.ToInt32(s.Max).Should().Be(int.MaxValue);
        var l = ColumnStatistics.ForInt64([long.MaxValue, long.MinValue], 1);
        BitConverter.ToInt64(l.Min).Should().Be(long.MinValue);
        BitConverter.ToInt64(l.Max).Should().Be(long.MaxValue);
        ColumnStatistics.ForInt32([], 4).Min.Should().BeNull();
    }

    [Fact]
    public void Strings_use_unsigned_utf8_byte_order_not_utf16_order()
    {
        // U+FFFD is EF BF BD in UTF-8 and U+1F600 is F0 9F 98 80: bytes put the emoji last, while
        // UTF-16 ordinal comparison puts U+FFFD last (the emoji's surrogate D83D < FFFD).
        string.CompareOrdinal("\uFFFD", "😀").Should().BePositive();
        var s = Bounds("\uFFFD", "😀", "a", "Z", "é");
        System.Text.Encoding.UTF8.GetString(s.Min!).Should().Be("Z");
        System.Text.Encoding.UTF8.GetString(s.Max!).Should().Be("😀");
        // Bytes above 0x7F must compare as unsigned: 'é' (C3 A9) sorts after 'z' (7A).
        System.Text.Encoding.UTF8.GetString(Bounds("é", "z").Max!).Should().Be("é");
        System.Text.Encoding.UTF8.GetString(Bounds("ab", "a", "").Min!).Should().Be("");
    }

    [Fact]
    public void Booleans_order_false_before_true()
    {
        var mixed = ColumnStatistics.ForBoolean([true, false], 0);
        mixed.Min.Should().Equal(0);
        mixed.Max.Should().Equal(1);
        var allTrue = ColumnStatistics.ForBoolean([true], 0);
        allTrue.Min.Should().Equal(1);
    }

    private static ColumnStatistics Bounds(params string[] values)
    {
        var bytes = values.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
        var tracker = new StringBoundsTracker();
        foreach (var b in bytes) tracker.Add(b);
        return ColumnStatistics.ForStrings(tracker, 0);
    }
}

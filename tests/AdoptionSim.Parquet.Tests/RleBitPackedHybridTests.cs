using AdoptionSim.Parquet.Bytes;
using AdoptionSim.Parquet.Encoding;

namespace AdoptionSim.Parquet.Tests;

/// <summary>The RLE / bit-packed hybrid on hand-worked bytes (Encodings.md), and round trips.</summary>
public sealed class RleBitPackedHybridTests
{
    private static byte[] Encode(int[] values, int width)
    {
        var buffer = new ByteBuffer();
        RleBitPackedHybrid.Encode<int>(values, width, buffer);
        return buffer.Span.ToArray();
    }

    [Fact]
    public void A_long_run_is_one_rle_run()
    {
        // header ULEB128(10 << 1) = 20, then the value in ceil(1/8) = 1 byte.
        Encode(Enumerable.Repeat(1, 10).ToArray(), 1).Should().Equal(0x14, 0x01);
        // width 9 takes two value bytes, little-endian: 300 = 0x012C.
        Encode(Enumerable.Repeat(300, 8).ToArray(), 9).Should().Equal(0x10, 0x2C, 0x01);
    }

    [Fact]
    public void Spec_example_bit_packs_0_to_7_at_width_3()
    {
        // Encodings.md: 0..7 at bit width 3 → 10001000 11000110 11111010, after header (1 group << 1) | 1.
        Encode([0, 1, 2, 3, 4, 5, 6, 7], 3).Should().Equal(0x03, 0x88, 0xC6, 0xFA);
    }

    [Fact]
    public void Short_stretches_are_bit_packed_and_padded_to_whole_groups()
    {
        Encode([0, 1, 0, 1, 0, 1, 0, 1], 1).Should().Equal(0x03, 0xAA);
        Encode([1, 1, 1], 1).Should().Equal(0x03, 0x07);
    }

    [Fact]
    public void Mixed_data_switches_between_runs()
    {
        int[] values = [1, 0, 1, 0, 1, 0, 1, 0, .. Enumerable.Repeat(1, 20), 0, 1];
        // 8 bit-packed values, a run of 20 ones, then 2 values bit-packed and padded.
        Encode(values, 1).Should().Equal(0x03, 0x55, 0x28, 0x01, 0x03, 0x02);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(20)]
    [InlineData(32)]
    public void Round_trips(int width)
    {
        var random = new Random(width);
        var max = width == 32 ? int.MaxValue : (1 << width) - 1;
        var values = new int[5_003];
        for (var i = 0; i < values.Length; i++)
            values[i] = (i / 50) % 3 == 0 ? max : random.Next(0, max) | (width == 32 && i % 7 == 0 ? int.MinValue : 0);
        var bytes = Encode(values, width);
        var decoded = new int[values.Length];
        RleBitPackedHybrid.Decode(bytes, width, decoded).Should().Be(bytes.Length);
        decoded.Should().Equal(values);
    }

    [Fact]
    public void Bit_width_is_the_bits_of_the_largest_value()
    {
        RleBitPackedHybrid.BitWidth(0).Should().Be(0);
        RleBitPackedHybrid.BitWidth(1).Should().Be(1);
        RleBitPackedHybrid.BitWidth(7).Should().Be(3);
        RleBitPackedHybrid.BitWidth(8).Should().Be(4);
        RleBitPackedHybrid.BitWidth(uint.MaxValue).Should().Be(32);
    }

    [Fact]
    public void Decoding_past_the_data_is_invalid_data()
    {
        var bytes = Encode([0, 1, 2, 3, 4, 5, 6, 7], 3);
        var act = () => RleBitPackedHybrid.Decode(bytes.AsSpan(0, 2), 3, new int[8]);
        act.Should().Throw<InvalidDataException>();
        var tooMany = () => RleBitPackedHybrid.Decode(bytes, 3, new int[9]);
        tooMany.Should().Throw<InvalidDataException>();
    }
}

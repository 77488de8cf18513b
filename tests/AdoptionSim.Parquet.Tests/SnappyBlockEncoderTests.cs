using AdoptionSim.Parquet.Encoding;

namespace AdoptionSim.Parquet.Tests;

/// <summary>
/// The writer's own Snappy encoder gives byte for byte what IronSnappy (which the files were written with before,
/// and which still decodes them) gives, on inputs that reach every branch: literals of each length form, copies of
/// each length and offset form, blocks of every size class, and data shaped like the writer's pages.
/// </summary>
public sealed class SnappyBlockEncoderTests
{
    private static byte[] Encode(byte[] source)
    {
        var destination = new byte[SnappyBlockEncoder.MaxEncodedLength(source.Length)];
        var written = SnappyBlockEncoder.Encode(source, destination);
        return destination.AsSpan(0, written).ToArray();
    }

    private static void ShouldMatchIronSnappy(byte[] source, string what)
    {
        var ours = Encode(source);
        ours.Should().Equal(IronSnappy.Snappy.Encode(source), what);
        IronSnappy.Snappy.Decode(ours).Should().Equal(source, what);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(18)]
    [InlineData(61)]
    [InlineData(300)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(65_536 + 10)]
    [InlineData(1 << 20)]
    public void Random_bytes_of_every_size_class(int length)
    {
        var source = new byte[length];
        new Random(length).NextBytes(source);
        ShouldMatchIronSnappy(source, $"{length} random bytes");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(3_000)]
    [InlineData(40_000)]
    public void Repeating_patterns(int period)
    {
        var pattern = new byte[period];
        new Random(period).NextBytes(pattern);
        var source = new byte[300_000];
        for (var i = 0; i < source.Length; i++) source[i] = pattern[i % period];
        ShouldMatchIronSnappy(source, $"period {period}");
    }

    [Fact]
    public void Copies_of_every_length_and_offset_between_random_literals()
    {
        var random = new Random(13);
        for (var round = 0; round < 60; round++)
        {
            var source = new List<byte>();
            while (source.Count < 150_000)
            {
                var literal = new byte[random.Next(0, random.Next(2) == 0 ? 20 : 400)];
                random.NextBytes(literal);
                source.AddRange(literal);
                if (source.Count < 8) continue;
                var offset = random.Next(1, Math.Min(source.Count, random.Next(2) == 0 ? 2_100 : 70_000));
                var length = random.Next(1, random.Next(2) == 0 ? 80 : 300);
                for (var i = 0; i < length; i++) source.Add(source[source.Count - offset]);
            }
            ShouldMatchIronSnappy(source.ToArray(), $"round {round}");
        }
    }

    [Fact]
    public void Pages_shaped_like_the_writers_columns()
    {
        var random = new Random(5);
        var ascending = Enumerable.Range(0, 262_144).SelectMany(BitConverter.GetBytes).ToArray();
        var fewDoubles = Enumerable.Range(0, 131_072).SelectMany(_ => BitConverter.GetBytes(random.Next(4) * 0.25)).ToArray();
        var doubles = Enumerable.Range(0, 131_072).SelectMany(_ => BitConverter.GetBytes(random.NextDouble())).ToArray();
        var smallInts = Enumerable.Range(0, 262_144).SelectMany(_ => BitConverter.GetBytes(random.Next(3))).ToArray();
        ShouldMatchIronSnappy(ascending, "ascending int32");
        ShouldMatchIronSnappy(fewDoubles, "doubles of four values");
        ShouldMatchIronSnappy(doubles, "random doubles");
        ShouldMatchIronSnappy(smallInts, "small int32");
        ShouldMatchIronSnappy(new byte[1 << 20], "zeros");
    }

    [Fact]
    public void A_destination_below_the_worst_case_is_refused()
    {
        var act = () => SnappyBlockEncoder.Encode(new byte[100], new byte[100]);
        act.Should().Throw<ArgumentException>();
    }
}

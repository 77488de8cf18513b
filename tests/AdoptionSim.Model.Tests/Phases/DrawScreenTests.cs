using AdoptionSim.Core.Random;
using AdoptionSim.Model.Phases;
using Xunit.Abstractions;

namespace AdoptionSim.Model.Tests.Phases;

/// <summary>
/// The adoption phase screens draws against the shared bound 64 firms at a time, in integers and (on AVX-512
/// processors) eight lanes at once. Its answer must be, firm by firm, the comparison the phase makes: a draw at or above
/// the bound is rejected, <c>RandomStreams.UniformAt(key, firmKey) &gt;= bound</c> (so a NaN bound rejects nothing).
/// </summary>
public sealed class DrawScreenTests(ITestOutputHelper log)
{
    [Fact]
    public void The_Screen_Is_The_Rules_Comparison_For_Every_Firm_And_Bound()
    {
        log.WriteLine($"vector path on this machine: {DrawScreen.Vectorised}");
        var random = new SplitMix64(42);
        var keys = new ulong[64];
        var compared = 0;
        for (var trial = 0; trial < 400; trial++)
        {
            for (var j = 0; j < keys.Length; j++) keys[j] = random.NextULong();
            var streamKey = random.NextULong();
            var firms = trial % 5 == 0 ? ulong.MaxValue : random.NextULong();
            foreach (var bound in Bounds(streamKey, keys, random.NextDouble()))
            {
                var below = DrawScreen.Below(firms, streamKey, keys, DrawScreen.Threshold(bound));
                for (var j = 0; j < 64; j++)
                {
                    var expected = (firms >> j & 1) != 0 && !(RandomStreams.UniformAt(streamKey, keys[j]) >= bound);
                    ((below >> j & 1) != 0).Should().Be(expected, $"firm {j}, bound {bound:R}, trial {trial}");
                    compared++;
                }
            }
        }
        compared.Should().BeGreaterThan(100_000);
    }

    /// <summary>Bounds on either side of and exactly at some firms' draws, and the edge cases.</summary>
    private static IEnumerable<double> Bounds(ulong streamKey, ulong[] keys, double any)
    {
        yield return any;
        yield return any * 0.05;
        foreach (var j in new[] { 0, 7, 31, 63 })
        {
            var u = RandomStreams.UniformAt(streamKey, keys[j]);
            yield return u; // not below itself
            yield return Math.BitIncrement(u);
            yield return Math.BitDecrement(u);
            yield return (u + Math.BitIncrement(u)) / 2;
        }
        foreach (var edge in new[] { 0.0, -0.0, -1.0, double.Epsilon, 1.0 / (1UL << 53), 1.0, 1.5, double.PositiveInfinity, double.NaN })
            yield return edge;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(9)] // more sectors than lanes: firm by firm
    public void The_Screen_By_Own_Bounds_Is_The_Eager_Loops_Decision_For_Every_Firm(int sectorCount)
    {
        var random = new SplitMix64((ulong)sectorCount);
        var keys = new ulong[64];
        var sectors = new byte[64];
        var scale = new double[64];
        var bound = new double[64];
        var ease = new double[sectorCount];
        double[] odd = [0.0, -0.0, -0.1, double.NaN, double.PositiveInfinity];
        var kept = 0;
        for (var trial = 0; trial < 500; trial++)
        {
            var streamKey = random.NextULong();
            for (var s = 0; s < sectorCount; s++) ease[s] = random.NextDouble() < 0.1 ? odd[random.NextInt(odd.Length)] : random.NextDouble();
            for (var j = 0; j < 64; j++)
            {
                keys[j] = random.NextULong();
                sectors[j] = (byte)random.NextInt(sectorCount);
                scale[j] = random.NextDouble() < 0.05 ? odd[random.NextInt(odd.Length)] : random.NextDouble() * 0.3;
                bound[j] = random.NextDouble() < 0.05 ? odd[random.NextInt(odd.Length)] : random.NextDouble() * 6;
            }
            // Some bounds exactly at the firm's draw: k·bound = u must reject.
            for (var j = 0; j < 64; j += 9)
            {
                var u = RandomStreams.UniformAt(streamKey, keys[j]);
                var k = scale[j] * ease[sectors[j]];
                if (k > 0 && u > 0) bound[j] = u / k;
            }
            var firms = trial % 3 == 0 ? ulong.MaxValue : random.NextULong();
            var screened = DrawScreen.KeptByOwnBounds(firms, streamKey, keys, sectors, scale, bound, ease);
            for (var j = 0; j < 64; j++)
            {
                var k = scale[j] * ease[sectors[j]];
                var expected = (firms >> j & 1) != 0 && !(k <= 0) && !(RandomStreams.UniformAt(streamKey, keys[j]) >= k * bound[j]);
                ((screened >> j & 1) != 0).Should().Be(expected, $"firm {j}, k {k:R}, bound {bound[j]:R}, trial {trial}");
                if (expected) kept++;
            }
        }
        kept.Should().BeGreaterThan(500);
    }

    [Fact]
    public void A_Partial_Word_At_The_End_Of_The_Keys_Is_Screened_Firm_By_Firm()
    {
        var keys = Enumerable.Range(0, 20).Select(i => (ulong)i * 977).ToArray();
        var firms = (1UL << 20) - 1;
        var below = DrawScreen.Below(firms, 5, keys, DrawScreen.Threshold(0.5));
        for (var j = 0; j < 20; j++)
            ((below >> j & 1) != 0).Should().Be(RandomStreams.UniformAt(5, keys[j]) < 0.5);
        (below >> 20).Should().Be(0);
    }
}

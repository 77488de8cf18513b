using AdoptionSim.Core.Random;
using AdoptionSim.Model.Measures;

namespace AdoptionSim.Model.Tests.Measures;

/// <summary>Properties that must hold on any data: order invariance and the Theil identity.</summary>
public class GapMeasuresInvarianceTests
{
    private static (double[] X, double[] W, int[] G) RandomCities(ulong seed, int n, int classes)
    {
        var rng = new SplitMix64(seed);
        var x = new double[n];
        var w = new double[n];
        var g = new int[n];
        for (var i = 0; i < n; i++)
        {
            // Log-normal-ish values with some exact zeros and ties, like adoption shares early in a run.
            x[i] = rng.NextInt(8) == 0 ? 0 : Math.Round(Math.Exp(2 * rng.NextDouble()), 2);
            w[i] = 1000 * (1 + rng.NextInt(500));
            g[i] = rng.NextInt(classes);
        }
        return (x, w, g);
    }

    private static void Shuffle(SplitMix64 rng, double[] x, double[] w, int[] g)
    {
        for (var i = x.Length - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (x[i], x[j]) = (x[j], x[i]);
            (w[i], w[j]) = (w[j], w[i]);
            (g[i], g[j]) = (g[j], g[i]);
        }
    }

    [Theory]
    [InlineData(12, 5)]     // a handful of cities: stack scratch
    [InlineData(700, 40)]   // more cities and classes than the stack buffers hold: pooled scratch
    public void Snapshot_is_bit_identical_under_any_order_of_cities(int n, int classes)
    {
        var (x, w, g) = RandomCities(11, n, classes);
        var reference = GapMeasures.Compute(x, w, g);
        var rng = new SplitMix64(99);
        for (var k = 0; k < 25; k++)
        {
            Shuffle(rng, x, w, g);
            GapMeasures.Compute(x, w, g).Should().Be(reference);
        }
        // Reversal is the ordering most likely to expose a sum taken in input order.
        Array.Reverse(x); Array.Reverse(w); Array.Reverse(g);
        GapMeasures.Compute(x, w, g).Should().Be(reference);
    }

    [Theory]
    [InlineData(1UL, 30, 5)]
    [InlineData(2UL, 30, 1)]
    [InlineData(3UL, 500, 40)]
    public void Theil_between_plus_within_equals_total(ulong seed, int n, int classes)
    {
        var (x, w, g) = RandomCities(seed, n, classes);
        var s = GapMeasures.Compute(x, w, g);
        s.Theil.Should().BeGreaterThan(0);
        (s.TheilBetween + s.TheilWithin).Should().BeApproximately(s.Theil, 1e-12);
        s.TheilBetween.Should().BeGreaterThanOrEqualTo(0);
        s.TheilWithin.Should().BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void One_class_means_no_between_part()
    {
        var (x, w, _) = RandomCities(5, 40, 1);
        var s = GapMeasures.Compute(x, w, new int[40]);
        s.TheilBetween.Should().BeApproximately(0, 1e-15);
        s.TheilWithin.Should().BeApproximately(s.Theil, 1e-12);
    }

    [Fact]
    public void Measures_are_scale_invariant()
    {
        // Every measure here is relative: multiplying all values by 7 changes none (SD of logs shifts every log by ln 7).
        var (x, w, g) = RandomCities(8, 50, 5);
        var a = GapMeasures.Compute(x, w, g);
        var b = GapMeasures.Compute(x.Select(v => 7 * v).ToArray(), w, g);
        b.Cv.Should().BeApproximately(a.Cv, 1e-12);
        b.SdLog.Should().BeApproximately(a.SdLog, 1e-12);
        b.Theil.Should().BeApproximately(a.Theil, 1e-12);
        b.TheilBetween.Should().BeApproximately(a.TheilBetween, 1e-12);
        b.Gini.Should().BeApproximately(a.Gini, 1e-12);
        b.TopBottomQuintileRatio.Should().BeApproximately(a.TopBottomQuintileRatio, 1e-9);
    }
}

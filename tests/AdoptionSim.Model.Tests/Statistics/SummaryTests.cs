using AdoptionSim.Model.Statistics;

namespace AdoptionSim.Model.Tests.Statistics;

public class SummaryTests
{
    // t_{0.975, 4} = 2.776445105197799 (tables give 2.776); t_{0.975, 2} = 4.302652729749464; t_{0.95, 4} = 2.131846786326649.
    private const double T975Df4 = 2.776445105197799;
    private const double T975Df2 = 4.302652729749464;
    private const double T95Df4 = 2.131846786326649;

    [Fact]
    public void Student_t_quantiles_match_tables()
    {
        Summary.StudentTQuantile(0.975, 4).Should().BeApproximately(T975Df4, 1e-9);
        Summary.StudentTQuantile(0.975, 2).Should().BeApproximately(T975Df2, 1e-9);
        Summary.StudentTQuantile(0.95, 4).Should().BeApproximately(T95Df4, 1e-9);
        Summary.StudentTQuantile(0.975, 4).Should().Be(Summary.StudentTQuantile(0.975, 4)); // cached, same bits
    }

    [Fact]
    public void Interval_of_one_to_five_by_hand()
    {
        // Mean 3; squared deviations 4 + 1 + 0 + 1 + 4 = 10; s² = 10/4 = 2.5; s = 1.5811388;
        // SE = s/√5 = √0.5 = 0.7071068; half-width = 2.7764451 · 0.7071068 = 1.9632432; CI [1.0367568, 4.9632432].
        var s = Summary.Of([1, 2, 3, 4, 5]);
        s.N.Should().Be(5);
        s.Skipped.Should().Be(0);
        s.Mean.Should().BeApproximately(3, 1e-15);
        s.StandardDeviation.Should().BeApproximately(Math.Sqrt(2.5), 1e-14);
        s.StandardError.Should().BeApproximately(Math.Sqrt(0.5), 1e-14);
        s.ConfidenceLevel.Should().Be(0.95);
        s.Lower.Should().BeApproximately(3 - T975Df4 * Math.Sqrt(0.5), 1e-9);
        s.Upper.Should().BeApproximately(3 + T975Df4 * Math.Sqrt(0.5), 1e-9);
        s.HalfWidth.Should().BeApproximately(1.9632432, 1e-7);
    }

    [Fact]
    public void Other_levels_use_their_own_quantile()
    {
        // 90% two-sided uses t_{0.95, 4}: half-width 2.1318468 · √0.5.
        Summary.Of([1, 2, 3, 4, 5], 0.90).HalfWidth.Should().BeApproximately(T95Df4 * Math.Sqrt(0.5), 1e-9);
    }

    [Fact]
    public void NaN_entries_are_skipped_and_counted()
    {
        var s = Summary.Of([double.NaN, 1, 2, double.NaN, 3, 4, 5]);
        s.N.Should().Be(5);
        s.Skipped.Should().Be(2);
        s.Should().Be(Summary.Of([1, 2, 3, 4, 5]) with { Skipped = 2 });
    }

    [Fact]
    public void Too_few_observations_give_NaN_where_undefined()
    {
        Summary.Of([]).Should().Be(new SampleSummary(0, 0, double.NaN, double.NaN, double.NaN, 0.95, double.NaN, double.NaN));
        Summary.Of([double.NaN]).Should().Be(new SampleSummary(0, 1, double.NaN, double.NaN, double.NaN, 0.95, double.NaN, double.NaN));
        Summary.Of([4.5]).Should().Be(new SampleSummary(1, 0, 4.5, double.NaN, double.NaN, 0.95, double.NaN, double.NaN));
    }

    [Fact]
    public void Constant_sample_has_exactly_zero_spread()
    {
        var s = Summary.Of([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
        s.Mean.Should().Be(0.1);
        s.StandardDeviation.Should().Be(0);
        s.Lower.Should().Be(0.1);
        s.Upper.Should().Be(0.1);
    }

    [Fact]
    public void Paired_difference_by_hand()
    {
        // d = 2−1, 4−1, 6−1 = 1, 3, 5: mean 3, s² = (4 + 0 + 4)/2 = 4, s = 2, SE = 2/√3;
        // half-width = 4.3026527 · 1.1547005 = 4.9682.
        var s = Summary.PairedDifference([2, 4, 6], [1, 1, 1]);
        s.Mean.Should().BeApproximately(3, 1e-15);
        s.StandardDeviation.Should().BeApproximately(2, 1e-14);
        s.HalfWidth.Should().BeApproximately(T975Df2 * 2 / Math.Sqrt(3), 1e-9);
    }

    [Fact]
    public void Paired_difference_of_an_arm_with_itself_is_exactly_zero()
    {
        var rng = new Core.Random.SplitMix64(3);
        var arm = new double[30];
        for (var i = 0; i < arm.Length; i++) arm[i] = rng.NextDouble() * 1e3;
        arm[7] = double.NaN; // a run where the measure was undefined is skipped on both sides
        var s = Summary.PairedDifference(arm, arm);
        s.Should().Be(new SampleSummary(29, 1, 0, 0, 0, 0.95, 0, 0));
        s.HalfWidth.Should().Be(0);
    }

    [Fact]
    public void Paired_difference_skips_pairs_with_a_NaN_side()
    {
        var s = Summary.PairedDifference([1, double.NaN, 5, 7], [0, 2, double.NaN, 4]);
        s.N.Should().Be(2);
        s.Skipped.Should().Be(2);
        s.Mean.Should().BeApproximately(2, 1e-15); // (1 + 3)/2
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        FluentActions.Invoking(() => Summary.PairedDifference([1, 2], [1])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Summary.Of([1, 2], 1.0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Summary.Of([1, 2], 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Summary.StudentTQuantile(0.975, 0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}

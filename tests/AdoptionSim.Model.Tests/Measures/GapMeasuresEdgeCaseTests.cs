using AdoptionSim.Model.Measures;

namespace AdoptionSim.Model.Tests.Measures;

/// <summary>Zeros, negatives, missing values and degenerate sets of cities, as documented on <see cref="GapMeasures"/>.</summary>
public class GapMeasuresEdgeCaseTests
{
    private const double Tol = 1e-12;

    [Fact]
    public void Zeros_are_left_out_of_the_logs_only()
    {
        // x = 0, 2, 2 (equal weights). SD of logs over {2, 2} = 0 with one city excluded.
        // μ = 4/3. Theil: zero term for x = 0, so T = (2 ln(1.5) + 2 ln(1.5))/4 = ln 1.5.
        // Gini: pairwise |d| = 2, 2, 0 → 4, ordered 8; G = 8/(2·9·4/3) = 1/3.
        // CV: variance ((4/3)² + 2(2/3)²)/3 = 8/9, CV = (√8/3)/(4/3) = 1/√2.
        // Bottom fifth (0.6 of a city) is all zero: ratio NaN.
        var s = GapMeasures.ComputeUnweighted([0, 2, 2], [0, 0, 0]);
        s.SdLog.Should().Be(0);
        s.NonPositiveCount.Should().Be(1);
        s.Count.Should().Be(3);
        s.Theil.Should().BeApproximately(Math.Log(1.5), Tol);
        s.Gini.Should().BeApproximately(1.0 / 3, Tol);
        s.Cv.Should().BeApproximately(1 / Math.Sqrt(2), Tol);
        s.TopBottomQuintileRatio.Should().Be(double.NaN);
    }

    [Fact]
    public void Theil_decomposes_with_a_group_of_zeros()
    {
        // Group 0 is all zeros: S_0 = 0 adds nothing between, its cities nothing within.
        var s = GapMeasures.ComputeUnweighted([0, 0, 1, 3], [0, 0, 1, 1]);
        (s.TheilBetween + s.TheilWithin).Should().BeApproximately(s.Theil, Tol);
        // μ = 1, S = 4: T = (1 ln 1 + 3 ln 3)/4; Between = 4 ln(2/1)/4 = ln 2; Within = (1 ln(1/2) + 3 ln(3/2))/4.
        s.Theil.Should().BeApproximately(3 * Math.Log(3) / 4, Tol);
        s.TheilBetween.Should().BeApproximately(Math.Log(2), Tol);
        s.TheilWithin.Should().BeApproximately((Math.Log(0.5) + 3 * Math.Log(1.5)) / 4, Tol);
    }

    [Fact]
    public void Negative_values_make_ratio_measures_undefined()
    {
        var s = GapMeasures.ComputeUnweighted([-1, 2], [0, 0]);
        s.Cv.Should().Be(double.NaN);
        s.Theil.Should().Be(double.NaN);
        s.TheilBetween.Should().Be(double.NaN);
        s.TheilWithin.Should().Be(double.NaN);
        s.Gini.Should().Be(double.NaN);
        s.TopBottomQuintileRatio.Should().Be(double.NaN);
        s.SdLog.Should().Be(0); // over {2}
        s.NonPositiveCount.Should().Be(1);
    }

    [Fact]
    public void Empty_input_gives_all_NaN_and_no_cities()
    {
        GapMeasures.Compute([], [], []).Should().Be(GapSnapshot.Empty);
        GapMeasures.Compute([], [], []).Count.Should().Be(0);
    }

    [Fact]
    public void Cities_with_undefined_value_or_no_weight_are_left_out()
    {
        // The NaN city and the zero-weight city are not part of the distribution: same as the two-city case.
        var withGaps = GapMeasures.Compute([1, double.NaN, 3, 100], [3, 5, 1, 0], [0, 0, 1, 1]);
        var plain = GapMeasures.Compute([1, 3], [3, 1], [0, 1]);
        withGaps.Should().Be(plain);
        withGaps.Count.Should().Be(2);
    }

    [Fact]
    public void Single_city_has_no_gap()
    {
        GapMeasures.Compute([5], [1000], [3]).Should().Be(new GapSnapshot(0, 0, 0, 0, 0, 0, 1, 1, 0));
    }

    [Fact]
    public void Equal_values_give_exactly_zero_whatever_the_weights()
    {
        // 0.1 is not exact in binary; sums of it would leave a variance of ~1e-33 without the exact check.
        GapMeasures.Compute([0.1, 0.1, 0.1], [1, 2, 7], [0, 1, 2]).Should().Be(new GapSnapshot(0, 0, 0, 0, 0, 0, 1, 3, 0));
    }

    [Fact]
    public void All_zero_values_are_undefined_not_equal()
    {
        var s = GapMeasures.ComputeUnweighted([0, 0, 0], [0, 1, 2]);
        s.Cv.Should().Be(double.NaN);
        s.SdLog.Should().Be(double.NaN);
        s.Theil.Should().Be(double.NaN);
        s.Gini.Should().Be(double.NaN);
        s.TopBottomQuintileRatio.Should().Be(double.NaN);
        s.NonPositiveCount.Should().Be(3);
    }

    [Fact]
    public void Invalid_inputs_are_rejected()
    {
        FluentActions.Invoking(() => GapMeasures.Compute([1, 2], [1, -1], [0, 0])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => GapMeasures.Compute([1, 2], [1, double.NaN], [0, 0])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => GapMeasures.Compute([1, 2], [1], [0, 0])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => GapMeasures.Compute([1, 2], [1, 1], [0])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => GapMeasures.Compute([1, 2], [1, 1], [0, -1])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => GapMeasures.Compute([1, 2], [1, 1], [0, 0], new int[1])).Should().Throw<ArgumentException>();
    }
}

using AdoptionSim.Charts;

namespace AdoptionSim.Charts.Tests;

public class NiceScaleTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(0.013, 0.587)]
    [InlineData(-3.2, 7.9)]
    [InlineData(1990, 2031)]
    [InlineData(0.00012, 0.00049)]
    [InlineData(-0.021, -0.003)]
    [InlineData(12_345, 987_654)]
    [InlineData(0.1, 0.30000000000000004)]
    public void Ticks_cover_the_data_with_a_1_2_5_step(double min, double max)
    {
        var scale = NiceScale.Covering(min, max);

        // Within a billionth of a step: 0.30000000000000004 is on an axis ending at 0.3.
        scale.Min.Should().BeLessThanOrEqualTo(min + scale.Step * 1e-9);
        scale.Max.Should().BeGreaterThanOrEqualTo(max - scale.Step * 1e-9);
        scale.Ticks[0].Should().Be(scale.Min);
        scale.Ticks[^1].Should().Be(scale.Max);
        scale.Ticks.Count.Should().BeInRange(3, 12);
        double mantissa = scale.Step / Math.Pow(10, Math.Floor(Math.Log10(scale.Step)));
        new[] { 1.0, 2.0, 5.0 }.Should().Contain(m => Math.Abs(m - mantissa) < 1e-9);
    }

    [Fact]
    public void A_flat_series_still_gets_an_axis_around_its_value()
    {
        var scale = NiceScale.Covering(0.4, 0.4);
        scale.Min.Should().BeLessThan(0.4);
        scale.Max.Should().BeGreaterThan(0.4);

        var zero = NiceScale.Covering(0, 0);
        zero.Min.Should().BeLessThan(0);
        zero.Max.Should().BeGreaterThan(0);
    }

    [Fact]
    public void No_data_gives_the_unit_range()
    {
        var scale = NiceScale.Covering(double.PositiveInfinity, double.NegativeInfinity);
        scale.Min.Should().Be(0);
        scale.Max.Should().Be(1);
    }

    [Fact]
    public void Tick_values_carry_no_floating_point_noise()
    {
        var labels = NiceScale.Covering(0.1, 0.7, targetTicks: 7).Ticks.Select(t => TickLabels.Format(t, 1, TickFormat.Number)).ToList();
        labels.Should().Equal("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7");
    }

    [Theory]
    [InlineData(0.25, 2, TickFormat.Percent, "25%")]
    [InlineData(0.005, 3, TickFormat.Percent, "0.5%")]
    [InlineData(12500, 0, TickFormat.Number, "12,500")]
    [InlineData(2030, 0, TickFormat.Plain, "2030")]
    [InlineData(-0.0000001, 2, TickFormat.Number, "0.00")]
    [InlineData(-0.02, 2, TickFormat.PercentagePoints, "-2")]
    public void Tick_labels_are_readable_and_invariant(double value, int decimals, TickFormat format, string expected) =>
        TickLabels.Format(value, decimals, format).Should().Be(expected);

    [Theory]
    [InlineData(0.03, TickFormat.Plain, "0.03")]
    [InlineData(10, TickFormat.Plain, "10")]
    [InlineData(2.5, TickFormat.Plain, "2.5")]
    [InlineData(125_000, TickFormat.Number, "125,000")]
    [InlineData(0.125, TickFormat.Percent, "12.5%")]
    [InlineData(0.00612, TickFormat.PercentagePoints, "0.612")]
    public void Single_values_have_three_significant_digits_and_no_trailing_zeros(double value, TickFormat format, string expected) =>
        TickLabels.FormatValue(value, format).Should().Be(expected);

    [Theory]
    [InlineData(-1.3e-17, 1.28e-17)] // a Theil component that is zero up to rounding (two-cities run): used to throw
    [InlineData(1e-18, 3e-17)]
    [InlineData(0, 2e-12)]       // 13 decimals: more than Math.Round accepted with the 3 extra digits
    [InlineData(0.5, 0.5 + 3e-12)]
    public void Ranges_at_rounding_noise_get_an_axis_that_covers_them(double min, double max)
    {
        var scale = NiceScale.Covering(min, max);

        scale.Min.Should().BeLessThanOrEqualTo(min);
        scale.Max.Should().BeGreaterThanOrEqualTo(max);
        scale.Ticks.Count.Should().BeInRange(2, 12);
    }
}

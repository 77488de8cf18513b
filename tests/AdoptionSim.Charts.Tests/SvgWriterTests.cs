using AdoptionSim.Charts;

namespace AdoptionSim.Charts.Tests;

public class SvgWriterTests
{
    [Theory]
    [InlineData(0.125, "0.13")]
    [InlineData(-0.001, "0")]
    [InlineData(1234567.891, "1234567.89")]
    [InlineData(3, "3")]
    public void Numbers_are_rounded_to_two_decimals_in_invariant_culture(double value, string expected) =>
        SvgWriter.Num(value).Should().Be(expected);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_non_finite_number_is_refused_not_written(double value) =>
        FluentActions.Invoking(() => SvgWriter.Num(value)).Should().Throw<InvalidOperationException>();

    [Fact]
    public void Text_is_escaped_for_xml() =>
        SvgWriter.Escape("R&D <fast> \"q\" 'p'\u0001").Should().Be("R&amp;D &lt;fast&gt; &quot;q&quot; &apos;p&apos;");
}

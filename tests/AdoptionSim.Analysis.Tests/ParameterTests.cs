namespace AdoptionSim.Analysis.Tests;

public sealed class ParameterTests
{
    [Fact]
    public void Linear_Scale_Maps_The_Unit_Interval_Onto_The_Range_And_Back()
    {
        var p = Parameter.Uniform("adoption.q", 0.2, 0.6);
        p.FromUnit(0).Should().Be(0.2);
        p.FromUnit(1).Should().Be(0.6);
        p.FromUnit(0.25).Should().BeApproximately(0.3, 1e-15);
        p.ToUnit(0.3).Should().BeApproximately(0.25, 1e-15);
    }

    [Fact]
    public void Log_Scale_Puts_The_Geometric_Mean_In_The_Middle()
    {
        var p = Parameter.LogUniform("rate", 0.001, 0.1);
        p.FromUnit(0.5).Should().BeApproximately(0.01, 1e-15);
        p.FromUnit(1).Should().Be(0.1);
        p.ToUnit(0.01).Should().BeApproximately(0.5, 1e-12);
    }

    [Fact]
    public void Integer_Scale_Gives_Every_Integer_An_Equal_Share_Of_The_Unit_Interval()
    {
        var p = Parameter.Integer("brokers", 2, 5);
        var counts = new int[4];
        for (var i = 0; i < 4000; i++) counts[(int)p.FromUnit((i + 0.5) / 4000) - 2]++;
        counts.Should().Equal(1000, 1000, 1000, 1000);
        p.FromUnit(1).Should().Be(5);
        p.FromUnit(p.ToUnit(4)).Should().Be(4);
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(2.0, 1.0)]
    [InlineData(double.NaN, 1.0)]
    public void Bad_Bounds_Are_Rejected_With_The_Parameter_Named(double lower, double upper)
    {
        var act = () => Parameter.Uniform("adoption.p", lower, upper);
        act.Should().Throw<ArgumentException>().WithMessage("*adoption.p*lower < upper*");
    }

    [Fact]
    public void A_Log_Range_Must_Be_Positive_And_An_Integer_Range_Whole()
    {
        FluentActions.Invoking(() => Parameter.LogUniform("r", 0, 1)).Should().Throw<ArgumentException>().WithMessage("*'r'*positive lower bound*");
        FluentActions.Invoking(() => new Parameter("n", 0.5, 3, ParameterScale.Integer)).Should().Throw<ArgumentException>().WithMessage("*'n'*whole-number*");
    }

    [Fact]
    public void A_Space_Refuses_Repeated_Names_And_Values_Outside_A_Range()
    {
        FluentActions.Invoking(() => new ParameterSpace(Parameter.Uniform("a", 0, 1), Parameter.Uniform("a", 0, 2)))
            .Should().Throw<ArgumentException>().WithMessage("*'a' is named twice*");
        var space = new ParameterSpace(Parameter.Uniform("a", 0, 1), Parameter.LogUniform("b", 1, 100));
        space.ToValues([0.5, 0.5]).Should().BeEquivalentTo([0.5, 10.0], o => o.WithStrictOrdering().Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-12)).WhenTypeIs<double>());
        FluentActions.Invoking(() => space.ToUnit([2.0, 10.0])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*'a'*outside*");
    }
}

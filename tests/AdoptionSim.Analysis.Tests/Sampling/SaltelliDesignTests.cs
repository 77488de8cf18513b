using AdoptionSim.Analysis.Sampling;

namespace AdoptionSim.Analysis.Tests.Sampling;

public sealed class SaltelliDesignTests
{
    private static readonly ParameterSpace Space = new(
        Parameter.Uniform("a", 0, 1), Parameter.LogUniform("b", 1, 100), Parameter.Integer("c", 1, 4));

    [Fact]
    public void A_B_And_Each_AB_Matrix_Are_Laid_Out_In_Blocks_Of_N_Rows()
    {
        var design = SaltelliDesign.Create(Space, 64, 3);
        design.RunCount.Should().Be(64 * 5);
        for (var row = 0; row < 64; row++)
        {
            var a = design.Unit[row];
            var b = design.Unit[64 + row];
            for (var i = 0; i < 3; i++)
            {
                var ab = design.Unit[(2 + i) * 64 + row];
                for (var j = 0; j < 3; j++) ab[j].Should().Be(j == i ? b[j] : a[j]);
            }
        }
        design.Describe(0).Should().Be(("A", 0));
        design.Describe(64 + 5).Should().Be(("B", 5));
        design.Describe(4 * 64 + 7).Should().Be(("AB:c", 7));
    }

    [Fact]
    public void Values_Apply_Each_Parameters_Scale()
    {
        var design = SaltelliDesign.Create(Space, 32, 3);
        for (var run = 0; run < design.RunCount; run++)
        {
            var (u, x) = (design.Unit[run], design.Values[run]);
            x[0].Should().Be(u[0]);
            x[1].Should().BeApproximately(Math.Pow(100, u[1]), 1e-9);
            x[2].Should().Be(1 + Math.Floor(4 * u[2]));
        }
    }

    [Fact]
    public void The_Same_Seed_Gives_The_Same_Design_And_Another_Seed_Another()
    {
        SaltelliDesign.Create(Space, 16, 9).Unit.Should().BeEquivalentTo(SaltelliDesign.Create(Space, 16, 9).Unit, o => o.WithStrictOrdering());
        SaltelliDesign.Create(Space, 16, 9).Unit[0].Should().NotEqual(SaltelliDesign.Create(Space, 16, 10).Unit[0]);
    }

    [Fact]
    public void More_Parameters_Than_The_Sequence_Supports_Are_Refused()
    {
        var wide = new ParameterSpace(Enumerable.Range(0, 65).Select(i => Parameter.Uniform($"p{i}", 0, 1)));
        FluentActions.Invoking(() => SaltelliDesign.Create(wide, 16, 1)).Should().Throw<ArgumentException>().WithMessage("*at most 64 parameters, got 65*");
    }
}

using AdoptionSim.Analysis.Sampling;

namespace AdoptionSim.Analysis.Tests.Sampling;

public sealed class SobolSequenceTests
{
    [Fact]
    public void The_First_Points_Match_SciPy_Unscrambled_Sobol_In_Two_Dimensions()
    {
        // scipy.stats.qmc.Sobol(d=2, scramble=False).random_base2(3), as in SciPy's own test suite.
        double[][] expected = [[0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75], [0.375, 0.375], [0.875, 0.875], [0.625, 0.125], [0.125, 0.625]];
        var sobol = new SobolSequence(2);
        for (var i = 0; i < expected.Length; i++) sobol.Point(i).Should().Equal(expected[i]);
    }

    [Fact]
    public void The_First_Points_In_Five_Dimensions_Match_An_Independent_Implementation()
    {
        // Points 1–5 of a JavaScript port of Joe and Kuo's generator (its test suite; it skips the zero point).
        double[][] expected =
        [
            [0.5, 0.5, 0.5, 0.5, 0.5], [0.75, 0.25, 0.25, 0.25, 0.75], [0.25, 0.75, 0.75, 0.75, 0.25],
            [0.375, 0.375, 0.625, 0.875, 0.375], [0.875, 0.875, 0.125, 0.375, 0.875],
        ];
        var sobol = new SobolSequence(5);
        for (var i = 0; i < expected.Length; i++) sobol.Point(i + 1).Should().Equal(expected[i]);
    }

    [Fact]
    public void Every_Row_Of_The_Table_Is_Well_Formed()
    {
        var rows = JoeKuoDirections.Rows;
        rows.Should().HaveCount(SobolSequence.MaxDimensions - 1);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            row.Dimension.Should().Be(i + 2);
            row.Initial.Should().HaveCount(row.Degree);
            for (var k = 1; k <= row.Degree; k++)
            {
                // Direction integers must be odd and below 2^k.
                (row.Initial[k - 1] % 2).Should().Be(1u, $"m_{k} of dimension {row.Dimension} must be odd");
                row.Initial[k - 1].Should().BeLessThan(1u << k);
            }
        }
    }

    [Fact]
    public void The_Polynomials_Are_All_Primitive_Polynomials_In_Order_Of_Degree_And_Coefficients()
    {
        // Joe and Kuo list, for each degree, every primitive polynomial over GF(2) by increasing a. Recompute that
        // list by brute force and compare: an independent check of the (s, a) columns.
        var rows = JoeKuoDirections.Rows;
        var expected = new List<(int Degree, uint A)>();
        for (var s = 1; expected.Count < rows.Count; s++)
            for (var a = 0u; a < 1u << (s - 1); a++)
                if (IsPrimitive(s, a)) expected.Add((s, a));
        rows.Select(r => (r.Degree, r.Coefficients)).Should().Equal(expected.Take(rows.Count));
        expected.Count(e => e.Degree == 9).Should().Be(48, "φ(2⁹ − 1)/9 primitive polynomials of degree 9");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(42UL)]
    public void In_Every_Dimension_The_First_1024_Points_Fill_Each_Of_1024_Intervals_Exactly_Once(ulong? shift)
    {
        var sobol = new SobolSequence(SobolSequence.MaxDimensions, shift);
        var seen = new bool[SobolSequence.MaxDimensions, 1024];
        for (var i = 0; i < 1024; i++)
        {
            var x = sobol.Point(i);
            for (var j = 0; j < x.Length; j++)
            {
                x[j].Should().BeInRange(0, 1 - 1e-12);
                var cell = (int)(x[j] * 1024);
                seen[j, cell].Should().BeFalse($"dimension {j + 1} visits interval {cell} twice");
                seen[j, cell] = true;
            }
        }
    }

    [Fact]
    public void A_Shift_Seed_Changes_The_Points_Reproducibly()
    {
        new SobolSequence(3, 7).Point(5).Should().Equal(new SobolSequence(3, 7).Point(5));
        new SobolSequence(3, 7).Point(5).Should().NotEqual(new SobolSequence(3, 8).Point(5));
        new SobolSequence(3, 7).Point(0).Should().NotEqual(new SobolSequence(3).Point(0));
    }

    [Fact]
    public void More_Dimensions_Than_The_Table_Holds_Are_Refused()
    {
        FluentActions.Invoking(() => new SobolSequence(SobolSequence.MaxDimensions + 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*1 to 128 dimensions*");
    }

    /// <summary>x^s + a₁x^(s−1) + … + a_(s−1)x + 1 is primitive iff x has multiplicative order 2^s − 1 modulo it.</summary>
    private static bool IsPrimitive(int s, uint a)
    {
        var modulus = (1u << s) | (a << 1) | 1u;
        var period = (1u << s) - 1;
        var power = 1u;
        for (var n = 1u; n <= period; n++)
        {
            power <<= 1;
            if ((power & (1u << s)) != 0) power ^= modulus;
            if (power == 1) return n == period;
        }
        return false;
    }
}

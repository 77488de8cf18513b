using AdoptionSim.Model.Rules;

namespace AdoptionSim.Model.Tests.Rules;

public sealed class HazardTests
{
    [Fact]
    public void Rate_Is_The_Product_Of_The_Terms()
    {
        // a = 0.5, r = 0.8, c = 0.25, p = 0.03, q = 0.38, S = 0.5:
        // λ = 0.5 · 0.8 · 0.75 · (0.03 + 0.38 · 0.5) = 0.3 · 0.22 = 0.066
        Hazard.Rate(0.5, 0.8, 0.25, 0.03, 0.38, 0.5).Should().BeApproximately(0.066, 1e-15);
    }

    [Fact]
    public void Probability_Is_One_Minus_Exp_Of_Minus_Rate_Times_Dt()
    {
        // λ = 0.066, Δt = 0.25: 1 − e^−0.0165 = 0.016364615...
        Hazard.Probability(0.066, 0.25).Should().BeApproximately(1 - Math.Exp(-0.0165), 1e-15);
        Hazard.Probability(0, 0.25).Should().Be(0);
    }

    [Fact]
    public void Complete_Complexity_Or_No_Absorptive_Capacity_Blocks_Adoption()
    {
        Hazard.Rate(1, 1, 1, 0.03, 0.38, 1).Should().Be(0);
        Hazard.Rate(0, 1, 0, 0.03, 0.38, 1).Should().Be(0);
    }

    [Theory]
    [InlineData(0.0100, 0.02, true)]   // u below 1 − e^−0.02 = 0.0198
    [InlineData(0.0199, 0.02, false)]  // between 1 − e^−x and x: the exact test rejects
    [InlineData(0.0300, 0.02, false)]  // above x: the fast path rejects
    public void Adopts_Compares_The_Draw_With_The_Exact_Probability(double u, double x, bool expected)
    {
        Hazard.Adopts(u, x).Should().Be(expected);
    }
}

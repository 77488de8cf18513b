using AdoptionSim.Analysis.Statistics;

namespace AdoptionSim.Analysis.Tests;

public sealed class QuantilesTests
{
    [Fact]
    public void Plain_Quantiles_Interpolate_Between_Order_Statistics_As_R_Type_7()
    {
        double[] sorted = [1, 2, 3, 4, 5];
        Quantiles.OfSorted(sorted, 0.5).Should().Be(3);
        Quantiles.OfSorted(sorted, 0.1).Should().BeApproximately(1.4, 1e-12); // R: quantile(1:5, 0.1) = 1.4
        Quantiles.OfSorted(sorted, 1.0).Should().Be(5);
    }

    [Fact]
    public void Weighted_Quantiles_Follow_The_Weights()
    {
        double[] values = [10, 0, 20];
        Quantiles.Weighted(values, [1.0, 1.0, 1.0], 0.5).Should().Be(10);
        // Nearly all the weight on 20: its midpoint is at 0.02 + 0.49 = 0.51, so the 0.6-quantile is 20.
        Quantiles.Weighted(values, [0.01, 0.01, 0.98], 0.6).Should().Be(20);
        // Equal weights on 0 and 10 only: midpoints at 0.25 and 0.75, median halfway.
        Quantiles.Weighted(values, [1.0, 1.0, 0.0], 0.5).Should().BeApproximately(5, 1e-12);
    }
}

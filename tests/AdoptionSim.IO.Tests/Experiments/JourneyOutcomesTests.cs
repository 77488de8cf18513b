using AdoptionSim.IO.Experiments.Reports;

namespace AdoptionSim.IO.Tests.Experiments;

/// <summary>
/// Outcome rates of critical moments are counted over the moments at which each outcome was possible, so that
/// falling back is not "least likely" only because most moments start at A, where it cannot happen.
/// </summary>
public sealed class JourneyOutcomesTests
{
    [Fact]
    public void Names_Are_Those_Region_Ticks_Writes_With_Forward_Last()
    {
        JourneyOutcomes.Names.Should().Equal("stay", "fall_back", "skip", "forward");
    }

    [Theory]
    [InlineData(1, false, true)]
    [InlineData(2, true, true)]
    [InlineData(3, true, true)]
    [InlineData(4, true, false)]
    [InlineData(5, true, false)]
    public void Falling_Back_Is_Impossible_From_A_And_Skipping_From_D_And_E(int from, bool fallBack, bool skip)
    {
        JourneyOutcomes.Possible(from, 1).Should().Be(fallBack);
        JourneyOutcomes.Possible(from, 2).Should().Be(skip);
        JourneyOutcomes.Possible(from, 0).Should().BeTrue("staying is always possible");
        JourneyOutcomes.Possible(from, 3).Should().BeTrue("moving forward is always possible (after E comes a new cycle)");
    }

    [Fact]
    public void Rates_Are_Over_The_Moments_Where_Each_Outcome_Was_Possible()
    {
        var (counts, possible) = (new double[4], new double[4]);
        // Ten moments at A (5 stay, 3 skip, 2 forward), two at B (1 fall back, 1 stay).
        foreach (var o in Repeat("stay", 5).Concat(Repeat("skip", 3)).Concat(Repeat("forward", 2))) JourneyOutcomes.Count(1, o, counts, possible);
        JourneyOutcomes.Count(2, "fall_back", counts, possible);
        JourneyOutcomes.Count(2, "stay", counts, possible);

        possible.Should().Equal(12, 2, 12, 12);
        JourneyOutcomes.Rates(counts, possible).Should().Equal(6.0 / 12, 1.0 / 2, 3.0 / 12, 2.0 / 12);
        // Pooled shares would put falling back lowest (1/12 < 2/12) and forward above it; over the moments where
        // each was possible forward is lowest: 2/12 − 3/12 (skip).
        JourneyOutcomes.ForwardMargin(counts, possible).Should().BeApproximately(-1.0 / 12, 1e-12);
    }

    [Fact]
    public void Before_Any_Moment_The_Margin_Is_Undefined_And_Unknown_Outcomes_Are_Errors()
    {
        JourneyOutcomes.ForwardMargin(new double[4], new double[4]).Should().Be(double.NaN);
        var act = () => JourneyOutcomes.Count(1, "leap", new double[4], new double[4]);
        act.Should().Throw<InvalidDataException>().WithMessage("*outcome 'leap'*stay, fall_back, skip, forward*");
        var bad = () => JourneyOutcomes.Count(6, "stay", new double[4], new double[4]);
        bad.Should().Throw<InvalidDataException>().WithMessage("*stage_index 6*");
    }

    private static IEnumerable<string> Repeat(string outcome, int n) => Enumerable.Repeat(outcome, n);
}

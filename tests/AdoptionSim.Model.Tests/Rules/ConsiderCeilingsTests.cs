using AdoptionSim.Model.Phases;

namespace AdoptionSim.Model.Tests.Rules;

/// <summary>
/// The relocation phase skips pow for a draw at or above a bound of the chance of considering a move: the skip must
/// never change a decision (a skipped draw is at or above rate × relative^s as computed), and it should spare most pow calls.
/// </summary>
public sealed class ConsiderCeilingsTests
{
    [Theory]
    [InlineData(0.0025, 2.0)]
    [InlineData(0.05, 1.0)]
    [InlineData(0.3, 0.5)]
    [InlineData(0.01, 0.0)]
    [InlineData(0.01, 7.3)]
    public void A_skipped_draw_is_never_below_the_chance(double rate, double selectivity)
    {
        var ceilings = new RelocationPhase.ConsiderCeilings(rate, selectivity);
        var random = new System.Random(42);
        var skipped = 0;
        const int draws = 200_000;
        for (var k = 0; k < draws; k++)
        {
            // Relative productivities from far below to far above the city's, and draws near the chance.
            var relative = Math.Exp(random.NextDouble() * 8 - 4);
            if (k % 7 == 0) relative = Math.ScaleB(1.0, random.Next(-70, 70)); // exact powers of two: the bound's edges
            var chance = rate * Math.Pow(relative, selectivity);
            var u = k % 3 == 0 ? Math.Min(chance * (1 + (random.NextDouble() - 0.5) * 1e-12), 1 - 1e-16) : random.NextDouble();
            if (!ceilings.AtOrAbove(u, relative)) continue;
            skipped++;
            (u >= chance).Should().BeTrue($"u = {u:R}, relative = {relative:R}: a skipped draw must be at or above the chance {chance:R}");
        }
        if (selectivity <= 2) skipped.Should().BeGreaterThan(draws / 3, "most uniform draws are far above the chance");
    }

    [Fact]
    public void Negative_selectivity_or_odd_relatives_are_never_skipped()
    {
        new RelocationPhase.ConsiderCeilings(0.01, -1).AtOrAbove(0.99, 1.0).Should().BeFalse();
        var ceilings = new RelocationPhase.ConsiderCeilings(0.01, 2);
        ceilings.AtOrAbove(0.99, 0.0).Should().BeFalse();
        ceilings.AtOrAbove(0.99, double.NaN).Should().BeFalse();
        ceilings.AtOrAbove(0.99, double.PositiveInfinity).Should().BeFalse();
        ceilings.AtOrAbove(0.99, 1e300).Should().BeFalse();
        ceilings.AtOrAbove(0.99, 1.0).Should().BeTrue();
    }
}

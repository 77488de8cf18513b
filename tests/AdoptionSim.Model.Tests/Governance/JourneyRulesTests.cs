using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Tests.Governance;

public sealed class JourneyRulesTests
{
    private static double[] Probabilities(GovernanceSpec spec, JourneyStage stage, double success = 0, double suitability = 0)
    {
        var p = new double[Journey.Outcomes.Length];
        Journey.Probabilities(spec, stage, success, suitability, p);
        return p;
    }

    private static double Of(double[] p, MomentOutcome outcome) => p[Array.IndexOf(Journey.Outcomes, outcome)];

    [Theory]
    [InlineData(JourneyStage.A, MomentOutcome.Stay, JourneyStage.A)]
    [InlineData(JourneyStage.A, MomentOutcome.Forward, JourneyStage.B)]
    [InlineData(JourneyStage.A, MomentOutcome.Skip, JourneyStage.C)]
    [InlineData(JourneyStage.C, MomentOutcome.Skip, JourneyStage.E)]
    [InlineData(JourneyStage.C, MomentOutcome.FallBack, JourneyStage.B)]
    [InlineData(JourneyStage.D, MomentOutcome.Forward, JourneyStage.E)]
    [InlineData(JourneyStage.E, MomentOutcome.Forward, JourneyStage.B)]
    [InlineData(JourneyStage.E, MomentOutcome.FallBack, JourneyStage.D)]
    public void An_Outcome_Leads_Where_The_Journey_Says(JourneyStage from, MomentOutcome outcome, JourneyStage to)
    {
        Journey.Apply(from, outcome).Should().Be(to);
    }

    [Theory]
    [InlineData(JourneyStage.A, MomentOutcome.FallBack)]
    [InlineData(JourneyStage.D, MomentOutcome.Skip)]
    [InlineData(JourneyStage.E, MomentOutcome.Skip)]
    public void Outcomes_A_Stage_Does_Not_Allow_Have_No_Destination_And_No_Chance(JourneyStage stage, MomentOutcome outcome)
    {
        Journey.Apply(stage, outcome).Should().BeNull();
        Of(Probabilities(new GovernanceSpec(), stage, success: 1.5, suitability: 1), outcome).Should().Be(0);
    }

    [Theory]
    [InlineData(JourneyStage.A)]
    [InlineData(JourneyStage.B)]
    [InlineData(JourneyStage.C)]
    [InlineData(JourneyStage.D)]
    [InlineData(JourneyStage.E)]
    public void Without_Successes_Or_Suitability_Forward_Is_The_Least_Likely_Outcome_At_Every_Stage(JourneyStage stage)
    {
        var p = Probabilities(new GovernanceSpec(), stage);
        p.Sum().Should().BeApproximately(1, 1e-12);
        var forward = Of(p, MomentOutcome.Forward);
        foreach (var outcome in Journey.Outcomes.Where(o => o != MomentOutcome.Forward && Journey.Apply(stage, o) is not null))
            forward.Should().BeLessThan(Of(p, outcome), $"{outcome} at stage {stage}");
    }

    [Fact]
    public void Disallowed_Outcomes_Give_Their_Probability_To_The_Others_In_Proportion()
    {
        // At A falling back is impossible: stay, skip and forward share its 0.25 in proportion to 0.35 : 0.22 : 0.18.
        var p = Probabilities(new GovernanceSpec(), JourneyStage.A);
        Of(p, MomentOutcome.Stay).Should().BeApproximately(0.35 / 0.75, 1e-12);
        Of(p, MomentOutcome.Forward).Should().BeApproximately(0.18 / 0.75, 1e-12);
    }

    [Fact]
    public void Early_Successes_And_A_Suited_Style_Raise_Progress_And_Lower_Falling_Back()
    {
        var spec = new GovernanceSpec();
        var neutral = Probabilities(spec, JourneyStage.B);
        foreach (var (success, suitability) in new[] { (1.0, 0.0), (0.0, 1.0) })
        {
            var raised = Probabilities(spec, JourneyStage.B, success, suitability);
            Of(raised, MomentOutcome.Forward).Should().BeGreaterThan(Of(neutral, MomentOutcome.Forward));
            Of(raised, MomentOutcome.Skip).Should().BeGreaterThan(Of(neutral, MomentOutcome.Skip));
            Of(raised, MomentOutcome.FallBack).Should().BeLessThan(Of(neutral, MomentOutcome.FallBack));
            // The odds of forward against staying rise by exactly exp(shift).
            var shift = spec.SuccessEffect * success + spec.SuitabilityEffect * suitability;
            (Of(raised, MomentOutcome.Forward) / Of(raised, MomentOutcome.Stay)).Should()
                .BeApproximately(Math.Exp(shift) * Of(neutral, MomentOutcome.Forward) / Of(neutral, MomentOutcome.Stay), 1e-12);
        }
    }

    [Theory]
    [InlineData(0.02, 0.01, 0.001, 0.6466)]   // ln(0.021 / 0.011)
    [InlineData(0.0, 0.0, 0.001, 0.0)]        // no gains anywhere: neither success nor failure
    [InlineData(-0.01, 0.01, 0.001, -2.0)]    // ln(0.001 / 0.011) = −2.40, clamped
    [InlineData(0.5, 0.0, 0.001, 2.0)]        // clamped
    public void The_Success_Signal_Is_The_Clamped_Log_Ratio_Of_Gains(double region, double nation, double floor, double expected)
    {
        Journey.Success(region, nation, floor).Should().BeApproximately(expected, 1e-4);
    }

    [Fact]
    public void Pick_Follows_The_Cumulative_Probabilities_And_Skips_Impossible_Outcomes()
    {
        double[] p = [0.5, 0.0, 0.2, 0.3];
        Journey.Pick(p, 0.0).Should().Be(MomentOutcome.Stay);
        Journey.Pick(p, 0.49).Should().Be(MomentOutcome.Stay);
        Journey.Pick(p, 0.5).Should().Be(MomentOutcome.Skip);
        Journey.Pick(p, 0.75).Should().Be(MomentOutcome.Forward);
        Journey.Pick(p, 0.999999).Should().Be(MomentOutcome.Forward);
    }
}

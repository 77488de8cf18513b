using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Rules;

/// <summary>
/// The regional innovation journey: where each outcome of a critical moment leads, and how likely each outcome
/// is for a region's stage, early successes and leadership. Pure functions of their arguments.
/// </summary>
public static class Journey
{
    /// <summary>Outcomes in the order their probabilities are laid out and drawn.</summary>
    public static readonly MomentOutcome[] Outcomes = [MomentOutcome.Stay, MomentOutcome.FallBack, MomentOutcome.Skip, MomentOutcome.Forward];

    /// <summary>Clamp of the early-success signal z (a region many times ahead of the nation is not infinitely likely to progress).</summary>
    public const double SuccessClamp = 2.0;

    /// <summary>The next stage: A → B → C → D → E, and after renewal a new cycle from B.</summary>
    public static JourneyStage Next(JourneyStage stage) => stage == JourneyStage.E ? JourneyStage.B : stage + 1;

    /// <summary>Where an outcome leads from a stage, or null when the stage does not allow it (falling back from A; skipping from D or E).</summary>
    public static JourneyStage? Apply(JourneyStage stage, MomentOutcome outcome) => outcome switch
    {
        MomentOutcome.Stay or MomentOutcome.None => stage,
        MomentOutcome.FallBack => stage == JourneyStage.A ? null : stage - 1,
        MomentOutcome.Skip => stage <= JourneyStage.C ? stage + 2 : null,
        MomentOutcome.Forward => Next(stage),
        _ => null,
    };

    /// <summary>
    /// The early-success signal: z = ln((g_region + floor) / (g_nation + floor)), the gains being adoption-share
    /// gains since the region's last critical moment (negative gains count as none), clamped to ±<see cref="SuccessClamp"/>.
    /// </summary>
    public static double Success(double regionGain, double nationalGain, double floor) =>
        Math.Clamp(Math.Log((Math.Max(regionGain, 0) + floor) / (Math.Max(nationalGain, 0) + floor)), -SuccessClamp, SuccessClamp);

    /// <summary>
    /// Probabilities of <see cref="Outcomes"/> at a critical moment: the base probabilities of the outcomes the
    /// stage allows, forward and skip multiplied by exp(shift), falling back by exp(−shift), staying unchanged,
    /// then normalised; shift = success_effect × z + suitability_effect × suitability of the style to the stage
    /// the moment leads into. Writes into <paramref name="probabilities"/> (length 4).
    /// </summary>
    public static void Probabilities(GovernanceSpec spec, JourneyStage stage, double success, double suitability, Span<double> probabilities)
    {
        var shift = spec.SuccessEffect * success + spec.SuitabilityEffect * suitability;
        var total = 0.0;
        for (var k = 0; k < Outcomes.Length; k++)
        {
            var outcome = Outcomes[k];
            if (Apply(stage, outcome) is null)
            {
                probabilities[k] = 0;
                continue;
            }

            var weight = outcome switch
            {
                MomentOutcome.Stay => spec.Outcomes.Stay,
                MomentOutcome.FallBack => spec.Outcomes.FallBack * Math.Exp(-shift),
                MomentOutcome.Skip => spec.Outcomes.Skip * Math.Exp(shift),
                _ => spec.Outcomes.Forward * Math.Exp(shift),
            };
            probabilities[k] = weight;
            total += weight;
        }

        for (var k = 0; k < Outcomes.Length; k++) probabilities[k] = total > 0 ? probabilities[k] / total : Outcomes[k] == MomentOutcome.Stay ? 1 : 0;
    }

    /// <summary>The outcome a uniform draw picks from the probabilities of <see cref="Outcomes"/>.</summary>
    public static MomentOutcome Pick(ReadOnlySpan<double> probabilities, double uniform)
    {
        var cumulative = 0.0;
        var last = MomentOutcome.Stay;
        for (var k = 0; k < Outcomes.Length; k++)
        {
            if (probabilities[k] <= 0) continue;
            cumulative += probabilities[k];
            last = Outcomes[k];
            if (uniform < cumulative) return last;
        }
        return last;
    }
}

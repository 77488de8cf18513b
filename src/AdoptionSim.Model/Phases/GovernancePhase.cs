using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// The governance layer, before brokers and levers act: each region may face a critical moment (once
/// moment_gap_years have passed since its last, with probability 1 − exp(−moment_rate·Δt)); at a moment its
/// style is reassessed and an outcome drawn (stay, fall back, skip, forward) whose chances early successes and
/// the style's suitability shift (<see cref="Journey.Probabilities"/>). Then every city's broker-capacity factor
/// and lever absorption are set from its region's stage and style. Each region draws two uniforms a tick from its
/// own stream keyed by (tick, hash of its name), whether or not it faces a moment, so arms of an experiment share
/// them (common random numbers). Off: nothing happens and nothing is drawn.
/// </summary>
public sealed class GovernancePhase : ITickPhase<World>
{
    public string Name => "governance";

    public void Run(World world, in TickContext context)
    {
        var state = world.Governance;
        if (!state.Enabled) return;
        var spec = world.Spec.Governance;
        state.ResetTick();
        var national = state.AdoptionShare(world.CityState, -1);
        var momentChance = 1 - Math.Exp(-spec.MomentRate * context.Dt);
        var key = context.Streams.Key(StreamPurpose.Governance, context.Tick);
        Span<double> probabilities = stackalloc double[Journey.Outcomes.Length];
        var assessed = false;
        for (var r = 0; r < state.Count; r++)
        {
            var stream = RandomStreams.Derive(key, state.Keys[r]);
            var eligible = (context.Tick - state.LastMoment[r]) * context.Dt >= spec.MomentGapYears - 1e-9;
            if (!eligible || RandomStreams.UniformAt(stream, 0) >= momentChance) continue;

            if (!assessed)
            {
                Leadership.AssessDiversity(world, state, spec);
                assessed = true;
            }
            state.Style[r] = Leadership.StyleOf(state, spec, r);
            var share = state.AdoptionShare(world.CityState, r);
            var success = Journey.Success(share - state.ShareAtLastMoment[r], national - state.NationalAtLastMoment[r], spec.SuccessFloor);
            var stage = state.Stage[r];
            var suitability = spec.Suitability.Of(state.Style[r], Journey.Next(stage));
            Journey.Probabilities(spec, stage, success, suitability, probabilities);
            var outcome = Journey.Pick(probabilities, RandomStreams.UniformAt(stream, 1));
            var next = Journey.Apply(stage, outcome) ?? stage;

            state.Outcome[r] = outcome;
            state.Success[r] = success;
            state.Suitability[r] = suitability;
            state.Changed[r] = next != stage;
            state.Stage[r] = next;
            state.LastMoment[r] = context.Tick;
            state.ShareAtLastMoment[r] = share;
            state.NationalAtLastMoment[r] = national;
        }
        Leadership.SetFactors(world.CityState, state, spec);
    }
}

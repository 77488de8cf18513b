using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Policies.Levers;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Policies;

/// <summary>
/// The levers act, in scenario order. For each: the books of the tick before are settled (money returned under
/// <c>unspent: return</c>, or once the window has closed); inside its window, the budget is shared between cities
/// at its first tick (<see cref="LeverAllocation"/>), each city is credited with its share of this tick's schedule
/// (<see cref="LeverBudget"/>), and the lever acts from its own random stream keyed by (tick, lever). A lever
/// outside its window or without a budget draws nothing and changes nothing, so a run with it is the baseline run.
/// What each lever does is in its file under <c>Levers/</c>. Effects that later phases read (rate cuts,
/// procurement boosts and revenue, relocation pull and grants) are set here for this tick only.
/// </summary>
public sealed class PolicyPhase : ITickPhase<World>
{
    /// <summary>
    /// Whether a lever may have set per-firm effects since they were last cleared. Only a lever's action writes them
    /// (new firms start cleared), so a run without a lever acting clears them once, when the phase starts (a
    /// resumed run's world may hold the effects of the tick before), and then never visits the firms again.
    /// </summary>
    private bool _firmEffectsSet = true;

    /// <summary>The world <see cref="_firmEffectsSet"/> is about (another world is cleared first).</summary>
    private World? _world;

    public string Name => "policy";

    public void Run(World world, in TickContext context)
    {
        if (!ReferenceEquals(world, _world)) (_world, _firmEffectsSet) = (world, true);
        Reset(world, _firmEffectsSet);
        _firmEffectsSet = false;
        if (world.Levers.Count == 0) return;
        var key = context.Streams.Key(StreamPurpose.Policy, context.Tick);
        // Tick 0 never has a policy phase (windows start at tick 1), so its key is free for draws fixed over a lever's life.
        var lifetime = context.Streams.Key(StreamPurpose.Policy, 0);
        foreach (var lever in world.Levers)
        {
            lever.ResetTick();
            LeverBudget.Settle(lever, world, context.Tick);
            if (!lever.ActiveAt(context.Tick)) continue;
            var leverKey = RandomStreams.Derive(key, (ulong)lever.Index);
            var tick = new LeverTick(world, lever, context.Dt, RandomStreams.Derive(leverKey, 1),
                RandomStreams.Derive(RandomStreams.Derive(lifetime, (ulong)lever.Index), 2));
            var definition = LeverDefinition.Of(lever.Type);
            if (!lever.Allocated) lever.Allocate(LeverAllocation.Shares(tick, definition));
            LeverBudget.Open(lever, world, context.Tick);
            var random = RandomStreams.Sequential(RandomStreams.Derive(leverKey, 0));
            _firmEffectsSet = true;
            definition.Act(tick, ref random);
        }
    }

    private static void Reset(World world, bool firms)
    {
        var n = world.Firms.Count;
        if (firms)
        {
            Array.Clear(world.Firms.ProcurementBoost, 0, n);
            Array.Fill(world.Firms.ProcurementLever, -1, 0, n);
            Array.Clear(world.Firms.RevenueBonus, 0, n);
            Array.Clear(world.Firms.RateCut, 0, n);
        }
        Array.Clear(world.RelocationBonus);
        Array.Fill(world.RelocationLever, -1);
        Array.Clear(world.RelocationGrant);
    }
}

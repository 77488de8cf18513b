using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Policies.Levers;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Policies;

/// <summary>
/// The levers act, in scenario order, each from its own random stream keyed by (tick, lever): a lever
/// outside its window or without money draws nothing and changes nothing, so a run with it is the
/// baseline run. What each lever does is in its file under <c>Levers/</c>. Effects that later phases read
/// (rate cuts, procurement boosts and revenue, relocation pull and grants) are set here for this tick only.
/// </summary>
public sealed class PolicyPhase : ITickPhase<World>
{
    public string Name => "policy";

    public void Run(World world, in TickContext context)
    {
        Reset(world);
        if (world.Levers.Count == 0) return;
        var key = context.Streams.Key(StreamPurpose.Policy, context.Tick);
        foreach (var lever in world.Levers)
        {
            lever.ResetTick();
            if (!lever.ActiveAt(context.Tick)) continue;
            var random = RandomStreams.Sequential(RandomStreams.Derive(key, (ulong)lever.Index));
            LeverDefinition.Of(lever.Type).Act(new LeverTick(world, lever, context.Dt), ref random);
        }
    }

    private static void Reset(World world)
    {
        var n = world.Firms.Count;
        Array.Clear(world.Firms.ProcurementBoost, 0, n);
        Array.Clear(world.Firms.RevenueBonus, 0, n);
        Array.Clear(world.Firms.RateCut, 0, n);
        Array.Clear(world.RelocationBonus);
        Array.Fill(world.RelocationLever, -1);
        Array.Clear(world.RelocationGrant);
    }
}

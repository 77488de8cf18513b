using AdoptionSim.Model.State;
using AdoptionSim.Core.Engine;

namespace AdoptionSim.Model.Phases;

/// <summary>Starts a tick: advances the clock and clears the per-tick counters and outreach.</summary>
public sealed class BeginTickPhase : ITickPhase<World>
{
    public string Name => "begin";

    public void Run(World world, in TickContext context)
    {
        world.Tick = context.Tick;
        world.Counters.Reset();
        Array.Clear(world.Firms.OutreachBoost, 0, world.Firms.Count);
    }
}

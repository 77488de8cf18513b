using AdoptionSim.Core.Engine;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Phases;

/// <summary>Starts a tick: advances the clock, clears the per-tick counters and ends outreach that has run its time.</summary>
public sealed class BeginTickPhase : ITickPhase<World>
{
    public string Name => "begin";

    public void Run(World world, in TickContext context)
    {
        world.Tick = context.Tick;
        world.Counters.Reset();
        // Outreach lasts adoption.outreach_years: boosts that have run out end now.
        world.Firms.EndOutreach(context.Tick * context.Dt);
    }
}

using AdoptionSim.Model.State;
using AdoptionSim.Core.Engine;

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
        var now = context.Tick * context.Dt;
        var firms = world.Firms;
        for (var f = 0; f < firms.Count; f++)
            if (firms.OutreachBoost[f] != 0 && firms.OutreachUntil[f] <= now + 1e-9)
            {
                firms.OutreachBoost[f] = 0;
                firms.OutreachLever[f] = -1;
            }
    }
}

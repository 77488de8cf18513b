using AdoptionSim.Core.Random;

namespace AdoptionSim.Core.Engine;

/// <summary>The tick loop: tick 0 is recorded, then each step runs the schedule and is recorded.</summary>
public static class Simulation
{
    public static void Run<TState>(
        TState state,
        TickSchedule<TState> schedule,
        int ticks,
        double dt,
        RandomStreams streams,
        int threads,
        ISimulationObserver<TState> observer,
        CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ticks);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        observer.OnStart(state);
        for (var tick = 1; tick <= ticks; tick++)
        {
            cancellation.ThrowIfCancellationRequested();
            var context = new TickContext(tick, dt, streams, threads);
            schedule.RunTick(state, context);
            observer.OnTick(state, tick);
        }
    }
}

using AdoptionSim.Core.Random;

namespace AdoptionSim.Core.Engine;

/// <summary>
/// The tick loop: tick 0 is recorded, then each step runs the schedule and is recorded. A resumed run
/// (<paramref name="fromTick"/> &gt; 0, the state restored from a checkpoint of that tick) skips tick 0's
/// recording and carries on with the next step.
/// </summary>
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
        CancellationToken cancellation = default,
        int fromTick = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ticks);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(fromTick);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fromTick, ticks);
        if (fromTick == 0) observer.OnStart(state);
        for (var tick = fromTick + 1; tick <= ticks; tick++)
        {
            cancellation.ThrowIfCancellationRequested();
            var context = new TickContext(tick, dt, streams, threads);
            schedule.RunTick(state, context);
            observer.OnTick(state, tick);
        }
    }
}

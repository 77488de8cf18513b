using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Phases;
using AdoptionSim.Model.Policies;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.Setup;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model;

/// <summary>How to run a scenario: seed, length and threads (which never change results).</summary>
public sealed record RunOptions(long Seed, int Ticks, int Threads);

/// <summary>
/// The adoption model: its phases in order, and the one run loop every entry point uses (the CLI's run and
/// sweep through <c>ScenarioRun</c>, the tests, the benchmark): build the world from the seed, then step it.
/// </summary>
public static class AdoptionModel
{
    /// <summary>The phases of a tick, in order: begin → invent → governance → broker → policy → adopt → economy → migrate → relocate → enter.</summary>
    public static TickSchedule<World> Schedule() =>
        new([new BeginTickPhase(), new InventPhase(), new GovernancePhase(), new BrokerPhase(), new PolicyPhase(), new AdoptPhase(), new EconomyPhase(), new MigrationPhase(), new RelocationPhase(), new EntryPhase()]);

    public static World Build(ScenarioSpec spec, long seed) =>
        WorldBuilder.Build(spec, new RandomStreams((ulong)seed));

    /// <summary>
    /// Builds the world and runs it, handing the state to the observer at tick 0 and after every tick.
    /// Returns the schedule, whose per-phase wall times the run manifest reports.
    /// </summary>
    public static TickSchedule<World> Run(ScenarioSpec spec, RunOptions options, ISimulationObserver<World> observer,
        CancellationToken cancellation = default)
    {
        var streams = new RandomStreams((ulong)options.Seed);
        var world = WorldBuilder.Build(spec, streams, options.Threads);
        world.RunTicks = options.Ticks;
        var schedule = Schedule();
        Simulation.Run(world, schedule, options.Ticks, spec.Tick.Years, streams, options.Threads, observer, cancellation);
        return schedule;
    }

    /// <summary>
    /// Carries on a run from a world restored from a checkpoint (<c>WorldCheckpoint.Restore</c>): the observer
    /// gets no tick 0, only the ticks after <see cref="World.Tick"/>.
    /// </summary>
    public static TickSchedule<World> Resume(World world, RunOptions options, ISimulationObserver<World> observer,
        CancellationToken cancellation = default)
    {
        var schedule = Schedule();
        Simulation.Run(world, schedule, options.Ticks, world.Spec.Tick.Years, new RandomStreams((ulong)options.Seed), options.Threads,
            observer, cancellation, fromTick: world.Tick);
        return schedule;
    }
}

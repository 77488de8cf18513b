using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Build;
using AdoptionSim.Model.Phases;
using AdoptionSim.Model.Policies;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Simulation;

/// <summary>How to run a scenario: seed, length and threads (which never change results).</summary>
public sealed record RunOptions(long Seed, int Ticks, int Threads);

/// <summary>The adoption model: its phases in order, and a run of a scenario from tick 0.</summary>
public static class AdoptionModel
{
    /// <summary>The phases of a tick, in order: begin → invent → broker → policy → adopt → economy → relocate → enter.</summary>
    public static TickSchedule<World.World> Schedule() =>
        new([new BeginTickPhase(), new InventPhase(), new BrokerPhase(), new PolicyPhase(), new AdoptPhase(), new EconomyPhase(), new RelocationPhase(), new EntryPhase()]);

    public static World.World Build(ScenarioSpec spec, long seed) =>
        WorldBuilder.Build(spec, new RandomStreams((ulong)seed));

    /// <summary>Builds the world and runs it, handing the state to the observer at tick 0 and after every tick.</summary>
    public static TickSchedule<World.World> Run(ScenarioSpec spec, RunOptions options, ISimulationObserver<World.World> observer,
        CancellationToken cancellation = default)
    {
        var streams = new RandomStreams((ulong)options.Seed);
        var world = WorldBuilder.Build(spec, streams);
        var schedule = Schedule();
        Core.Engine.Simulation.Run(world, schedule, options.Ticks, spec.Tick.Years, streams, options.Threads, observer, cancellation);
        return schedule;
    }
}

using AdoptionSim.Core.Random;

namespace AdoptionSim.Core.Engine;

/// <summary>What every phase of a tick may read: which tick, its time step, the random streams, the thread budget.</summary>
/// <param name="Tick">1-based number of the step being taken (state after it is "tick <c>Tick</c>").</param>
/// <param name="Dt">Length of a tick in model time units (years).</param>
/// <param name="Streams">The run's random streams; phases key them by purpose, tick and entity.</param>
/// <param name="Threads">How many threads a phase may use; results never depend on it.</param>
public readonly record struct TickContext(int Tick, double Dt, RandomStreams Streams, int Threads);

namespace AdoptionSim.Core.Engine;

/// <summary>
/// Receives the state after each tick. Recording is attached from outside (SimSharp/Agents.jl style),
/// so model code never writes files.
/// </summary>
public interface ISimulationObserver<in TState>
{
    /// <summary>Tick 0: the state before the first step.</summary>
    void OnStart(TState state);

    /// <summary>The state after <paramref name="tick"/> steps.</summary>
    void OnTick(TState state, int tick);
}

namespace AdoptionSim.Core.Engine;

/// <summary>One named step of a tick (e.g. invent, broker, adopt). Phases run in a fixed order.</summary>
public interface ITickPhase<in TState>
{
    string Name { get; }

    void Run(TState state, in TickContext context);
}

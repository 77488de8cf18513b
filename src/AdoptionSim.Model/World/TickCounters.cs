namespace AdoptionSim.Model.World;

/// <summary>What happened in the current tick, per city; reset at the start of every tick.</summary>
public sealed class TickCounters
{
    public TickCounters(int cities)
    {
        Adoptions = new int[cities * Channels.Count];
        Introductions = new int[cities];
        Inventions = new int[cities];
    }

    /// <summary>[city * Channels.Count + channel]</summary>
    public int[] Adoptions { get; }
    public int[] Introductions { get; }
    public int[] Inventions { get; }

    /// <summary>This tick's adoptions in firm, then idea order.</summary>
    public List<AdoptionEvent> Events { get; } = [];

    public void Reset()
    {
        Array.Clear(Adoptions);
        Array.Clear(Introductions);
        Array.Clear(Inventions);
        Events.Clear();
    }
}

public readonly record struct AdoptionEvent(int Firm, int Idea, Channel Channel);

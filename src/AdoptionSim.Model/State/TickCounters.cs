namespace AdoptionSim.Model.State;

/// <summary>What happened in the current tick, per city; reset at the start of every tick.</summary>
public sealed class TickCounters
{
    public TickCounters(int cities)
    {
        Adoptions = new int[cities * Channels.Count];
        Introductions = new int[cities];
        Inventions = new int[cities];
        Entries = new int[cities];
        Exits = new int[cities];
        RelocationsIn = new int[cities];
        RelocationsOut = new int[cities];
        SkilledMigration = new double[cities];
        Inherited = new int[cities];
    }

    public int[] Entries { get; }
    public int[] Exits { get; }
    public int[] RelocationsIn { get; }
    public int[] RelocationsOut { get; }

    /// <summary>Ideas entrants brought with them from the local firm they spun off from.</summary>
    public int[] Inherited { get; }

    /// <summary>Net skilled workers arriving (negative: leaving) this tick.</summary>
    public double[] SkilledMigration { get; }

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
        Array.Clear(Entries);
        Array.Clear(Exits);
        Array.Clear(RelocationsIn);
        Array.Clear(RelocationsOut);
        Array.Clear(SkilledMigration);
        Array.Clear(Inherited);
        Events.Clear();
    }
}

/// <summary>
/// An adoption: firm, idea, channel, and the policy lever it is attributed to (-1: none): the lever whose paid
/// outreach or lead market is the part of the hazard the channel was drawn on.
/// </summary>
public readonly record struct AdoptionEvent(int Firm, int Idea, Channel Channel, int Lever = -1);

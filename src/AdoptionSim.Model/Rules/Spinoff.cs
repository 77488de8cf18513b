using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Rules;

/// <summary>
/// Entrants are spinoffs: founders come from local firms and bring what they learnt there (Klepper 2007;
/// Agarwal, Echambadi, Franco and Sarkar 2004, "Knowledge transfer through inheritance"). An entrant's
/// parent is a random incumbent of its city and sector (any sector if none); it inherits each of the
/// parent's ideas with a fixed chance. With no ideas this does nothing, so it amplifies differences that
/// adoption made and creates none.
/// </summary>
public static class Spinoff
{
    /// <summary>Gives the entrant some of a local parent's ideas; returns how many.</summary>
    public static int Inherit(World world, int entrant, double chance, System.Random random)
    {
        if (chance <= 0 || world.Ideas.Count == 0) return 0;
        var firms = world.Firms;
        var members = world.FirmsByCity[firms.City[entrant]];
        if (members.Length == 0) return 0;
        var parent = -1;
        for (var attempt = 0; attempt < Matchmaking.Attempts && parent < 0; attempt++)
        {
            var candidate = members[random.Next(members.Length)];
            if (firms.Alive[candidate] && firms.Sector[candidate] == firms.Sector[entrant]) parent = candidate;
        }
        if (parent < 0) parent = members[random.Next(members.Length)];
        if (!firms.Alive[parent] || firms.AdoptedCount[parent] == 0) return 0;
        // The parent's list is read in place: adopting changes the entrant's list only (the parent is an incumbent,
        // never the entrant), so no copy is needed.
        var ideas = firms.IdeasOf(parent);
        var inherited = 0;
        foreach (var idea in ideas)
        {
            if (random.NextDouble() >= chance) continue;
            world.Adopt(idea, entrant);
            inherited++;
        }
        return inherited;
    }
}

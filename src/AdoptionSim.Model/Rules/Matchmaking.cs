using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Rules;

/// <summary>
/// How an intermediary (a broker, or a funded programme acting through one) introduces two firms that
/// would not otherwise trust each other, and how it picks firms at random. Shared by the broker phase
/// and the policy levers so both follow one rule.
/// </summary>
public static class Matchmaking
{
    /// <summary>Draws allowed to find a valid firm or partner before giving up.</summary>
    public const int Attempts = 16;

    /// <summary>
    /// Introduces a firm to a partner by <paramref name="reach"/>: a competitor, a firm of another sector, or a
    /// firm of another of <paramref name="reachCities"/>. The firm comes from <paramref name="homeCity"/>, or
    /// for a broker reaching across cities from any of its cities (its capacity scales with all of them);
    /// of <paramref name="sector"/> unless -1. Brokers know who does good practice: of two eligible
    /// candidates the partner is the one that has adopted more ideas. Returns whether a tie was made.
    /// </summary>
    public static bool Introduce(World world, int homeCity, ReadOnlySpan<int> reachCities, int sector, BrokerReach reach, bool university,
        ref SplitMix64 random)
    {
        var acrossCities = reach == BrokerReach.AcrossCities && reachCities.Length > 1;
        var a = acrossCities ? RandomFirm(world, reachCities, sector, ref random) : RandomFirm(world, [homeCity], sector, ref random);
        return a >= 0 && IntroducePartner(world, a, reachCities, reach, university, ref random);
    }

    /// <summary>
    /// Introduces firm <paramref name="a"/> (chosen by the caller) to a partner by <paramref name="reach"/>: a
    /// competitor of its city, a firm of another sector of its city, or a firm of another of
    /// <paramref name="reachCities"/>; of two eligible candidates, the one that has adopted more ideas. Returns
    /// whether a tie was made.
    /// </summary>
    public static bool IntroducePartner(World world, int a, ReadOnlySpan<int> reachCities, BrokerReach reach, bool university, ref SplitMix64 random)
    {
        var firms = world.Firms;
        var acrossCities = reach == BrokerReach.AcrossCities && reachCities.Length > 1;
        var best = -1;
        var found = 0;
        for (var attempt = 0; attempt < Attempts && found < 2; attempt++)
        {
            var b = reach switch
            {
                BrokerReach.WithinSector => RandomFirm(world, [firms.City[a]], firms.Sector[a], ref random),
                _ when acrossCities => RandomFirm(world, reachCities, -1, ref random),
                _ => RandomFirm(world, [firms.City[a]], -1, ref random),
            };
            if (b < 0 || b == a) continue;
            if (reach == BrokerReach.AcrossSectors && firms.Sector[b] == firms.Sector[a]) continue;
            if (acrossCities && firms.City[b] == firms.City[a]) continue;
            if (AreTied(world, a, b)) continue;
            found++;
            if (best < 0 || firms.AdoptedCount[b] > firms.AdoptedCount[best]) best = b;
        }
        if (best < 0) return false;
        world.AddDynamicTie(a, best, (float)world.Spec.Network.BrokeredTrust, brokered: true);
        world.Counters.Introductions[firms.City[a]]++;
        if (university) firms.UniversityLinked[a] = firms.UniversityLinked[best] = true;
        return true;
    }

    private static bool AreTied(World world, int a, int b) =>
        (a < world.Network.FirmCount && b < world.Network.FirmCount && world.Network.AreTied(a, b)) || world.DynamicTies.Contains(a, b);

    /// <summary>
    /// A random alive firm of the given cities (uniform over their firms; of one sector unless -1), or -1
    /// if a few draws find none.
    /// </summary>
    public static int RandomFirm(World world, ReadOnlySpan<int> cities, int sector, ref SplitMix64 random)
    {
        var total = 0;
        foreach (var c in cities) total += world.FirmsByCity[c].Length;
        if (total == 0) return -1;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var index = random.NextInt(total);
            foreach (var c in cities)
            {
                var members = world.FirmsByCity[c];
                if (index >= members.Length)
                {
                    index -= members.Length;
                    continue;
                }
                var f = members[index];
                if (sector < 0 || world.Firms.Sector[f] == sector) return f;
                break;
            }
        }
        return -1;
    }
}

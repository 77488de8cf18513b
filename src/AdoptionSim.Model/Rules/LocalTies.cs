using AdoptionSim.Core.Random;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Rules;

/// <summary>Local ties of a firm that arrives in a city (by entry or relocation): a few random firms there.</summary>
internal static class LocalTies
{
    public static void Make(World world, int firm, ulong key)
    {
        var members = world.FirmsByCity[world.Firms.City[firm]];
        var wanted = world.Spec.Economy.NewFirmTies;
        if (members.Length == 0 || wanted <= 0) return;
        var random = RandomStreams.Sequential(key);
        for (var attempt = 0; attempt < wanted * 4 && wanted > 0; attempt++)
        {
            var other = members[random.NextInt(members.Length)];
            if (other == firm || !world.Firms.Alive[other] || world.DynamicTies.Contains(firm, other)) continue;
            var competitor = world.Firms.Sector[other] == world.Firms.Sector[firm];
            world.AddDynamicTie(firm, other, competitor ? (float)world.Spec.Network.CompetitorTrust : 1f, brokered: false);
            wanted--;
        }
    }
}

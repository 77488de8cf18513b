using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Build;
using AdoptionSim.Model.World;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// Brokers spend their capacity: each introduction ties two firms that would not otherwise trust each
/// other (competitors, other sectors, or other cities of the region, by the broker's reach); outreach
/// raises the external coefficient p of the firms reached this tick. Then brokered ties that carried
/// nothing for their lifetime decay. Brokers act in table order, each from its own stream.
/// </summary>
public sealed class BrokerPhase : ITickPhase<World.World>
{
    /// <summary>Draws allowed to find a valid partner before an introduction is given up.</summary>
    private const int PartnerAttempts = 16;

    public string Name => "broker";

    public void Run(World.World world, in TickContext context)
    {
        var brokers = world.Brokers;
        var key = context.Streams.Key(StreamPurpose.Brokerage, context.Tick);
        for (var b = 0; b < brokers.Count; b++)
        {
            var random = RandomStreams.Sequential(RandomStreams.Derive(key, (ulong)b));
            var introductions = NetworkFactory.StochasticRound(brokers.Capacity[b], random.NextDouble());
            for (var k = 0; k < introductions; k++) Introduce(world, b, context.Tick, ref random);
            var outreach = NetworkFactory.StochasticRound(brokers.Outreach[b], random.NextDouble());
            for (var k = 0; k < outreach; k++)
            {
                var firm = RandomFirm(world, brokers.Cities[b], brokers.Sector[b], ref random);
                if (firm >= 0) world.Firms.OutreachBoost[firm] += (float)world.Spec.Adoption.BrokerOutreachP;
            }
        }
        world.DynamicTies.Decay(world.Firms.Count, context.Tick, world.Spec.Network.BrokeredTieLifetime);
    }

    private static void Introduce(World.World world, int broker, int tick, ref SplitMix64 random)
    {
        var brokers = world.Brokers;
        var firms = world.Firms;
        var a = RandomFirm(world, [brokers.HomeCity[broker]], brokers.Sector[broker], ref random);
        if (a < 0) return;
        for (var attempt = 0; attempt < PartnerAttempts; attempt++)
        {
            var b = brokers.Reach[broker] switch
            {
                BrokerReach.WithinSector => RandomFirm(world, [firms.City[a]], firms.Sector[a], ref random),
                BrokerReach.AcrossCities when brokers.Cities[broker].Length > 1 => RandomFirm(world, brokers.Cities[broker], -1, ref random),
                _ => RandomFirm(world, [firms.City[a]], -1, ref random),
            };
            if (b < 0 || b == a) continue;
            if (brokers.Reach[broker] == BrokerReach.AcrossSectors && firms.Sector[b] == firms.Sector[a]) continue;
            if (brokers.Reach[broker] == BrokerReach.AcrossCities && brokers.Cities[broker].Length > 1 && firms.City[b] == firms.City[a]) continue;
            if (AreTied(world, a, b)) continue;
            world.DynamicTies.Add(a, b, (float)world.Spec.Network.BrokeredTrust, brokered: true, tick);
            world.Counters.Introductions[brokers.HomeCity[broker]]++;
            if (brokers.Kind[broker] == BrokerKind.University) firms.UniversityLinked[a] = firms.UniversityLinked[b] = true;
            return;
        }
    }

    private static bool AreTied(World.World world, int a, int b) =>
        (a < world.Network.FirmCount && b < world.Network.FirmCount && world.Network.AreTied(a, b)) || world.DynamicTies.Contains(a, b);

    /// <summary>
    /// A random alive firm of the given cities (uniform over their firms; of one sector unless -1), or -1
    /// if a few draws find none.
    /// </summary>
    private static int RandomFirm(World.World world, ReadOnlySpan<int> cities, int sector, ref SplitMix64 random)
    {
        var total = 0;
        foreach (var c in cities) total += world.FirmsByCity[c].Length;
        if (total == 0) return -1;
        for (var attempt = 0; attempt < PartnerAttempts; attempt++)
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

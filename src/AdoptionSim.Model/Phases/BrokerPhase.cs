using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.Setup;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// Brokers spend their capacity (per year, so capacity × Δt a tick, times their home city's
/// <see cref="CityState.BrokerCapacityFactor"/>): each introduction ties two firms that would not otherwise trust each
/// other (competitors, other sectors, or other cities of the region, by the broker's reach); outreach
/// raises the external coefficient p of the firms reached this tick. Then brokered ties that carried
/// nothing for their lifetime decay. Brokers act in table order, each from its own stream.
/// </summary>
public sealed class BrokerPhase : ITickPhase<World>
{
    public string Name => "broker";

    public void Run(World world, in TickContext context)
    {
        var brokers = world.Brokers;
        var key = context.Streams.Key(StreamPurpose.Brokerage, context.Tick);
        for (var b = 0; b < brokers.Count; b++)
        {
            var random = RandomStreams.Sequential(RandomStreams.Derive(key, (ulong)b));
            // The governance layer scales what the brokers of a city can do (1 without it).
            var factor = world.CityState.BrokerCapacityFactor[brokers.HomeCity[b]];
            var introductions = Sampling.StochasticRound(brokers.Capacity[b] * factor * context.Dt, random.NextDouble());
            for (var k = 0; k < introductions; k++)
                Matchmaking.Introduce(world, brokers.HomeCity[b], brokers.Cities[b], brokers.Sector[b], brokers.Reach[b],
                    brokers.Kind[b] == BrokerKind.University, ref random);
            var outreach = Sampling.StochasticRound(brokers.Outreach[b] * factor * context.Dt, random.NextDouble());
            for (var k = 0; k < outreach; k++)
            {
                var firm = Matchmaking.RandomFirm(world, brokers.Cities[b], brokers.Sector[b], ref random);
                if (firm >= 0) world.Firms.Reach(firm, (float)world.Spec.Adoption.BrokerOutreachP, context.Tick * context.Dt + world.Spec.Adoption.OutreachYears);
            }
        }
        world.DecayBrokeredTies(world.Spec.Network.BrokeredTieYears / context.Dt);
    }
}

using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Phases;
using AdoptionSim.Model.Policies.Levers;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.Setup;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Tests.Runs;

/// <summary>
/// The adoption phase's first rejection test is one bound per idea shared by every firm, built from ceilings
/// (<c>AdoptionKernel.SharedBound.cs</c>). Here, every tick of a run in which each of those values moves, every alive
/// firm's values are computed from their definition (the firm arrays, as the rule reads them) and must (1) be what
/// the phase computes for the firm, shortcuts included, and (2) lie under each ceiling, with the firm's own bound
/// under the shared one. A ceiling that missed a writer (a lever, outreach, a skills shift, a new tie) fails (2) for
/// the firms that writer moved, however rarely a draw would fall between the two bounds.
/// </summary>
public sealed class SharedBoundTests
{
    private static ScenarioSpec EveryValueMoving()
    {
        var spec = TestScenarios.TwoCities(ticks: 25);
        spec.Network.CompetitorTrust = 0.3;
        spec.Economy.RelocationRate = 0.2;
        spec.Economy.RelocationThreshold = 0;
        spec.Economy.RelocationCertainGain = 1e-3;
        spec.Invention.InitialIdeas = 3;
        spec.Adoption.Localisation = 0.5;
        spec.Policies =
        [
            new PolicySpec { Type = Skills.Instance, Cities = ["Town"], Budget = 1e12, Start = 3 }.Set(Skills.AbsorptiveGain, 0.5),
            new PolicySpec { Type = PublicProcurement.Instance, Cities = ["Hub"], Budget = 1e9, Start = 5, End = 20 }.Set(LeverParameters.PBoost, 0.3),
            new PolicySpec { Type = InnovationFund.Instance, Cities = ["Town"], Budget = 1e9 }
                .Set(LeverParameters.OutreachPerYear, 800.0).Set(LeverParameters.PBoost, 0.2),
        ];
        return spec;
    }

    /// <summary>Runs after the adoption phase: prepares a kernel on the tick's state and checks every alive firm.</summary>
    private sealed class Probe : ITickPhase<World>
    {
        public string Name => "probe";
        public int Checked, Boosted, Lifted, Tied, Shifted;

        public void Run(World world, in TickContext context)
        {
            var kernel = new AdoptionKernel(boundedRejection: true, groupedRecount: true);
            kernel.Prepare(world, context);
            var firms = world.Firms;
            var localisation = world.Spec.Adoption.Localisation != 0 ? Localisation.Factors(world, world.Spec.Adoption.Localisation) : null;
            for (var f = 0; f < firms.Count; f++)
            {
                if (!firms.Alive[f]) continue;
                var shift = world.Spec.Firms.SkillsEffect * world.CityState.SkillsGain(firms.City[f]);
                var scale = (shift == 0 ? firms.Absorptive[f] : Math.Clamp(firms.Absorptive[f] + shift, 0.0, 1.0)) * context.Dt;
                if (localisation is not null) scale *= localisation[firms.City[f] * world.Sectors.Count + firms.Sector[f]];
                var external = world.Spec.Adoption.P + firms.OutreachBoost[f] + firms.ProcurementBoost[f];
                var contacts = (f < world.Network.FirmCount ? world.Network.LiveTies[f] : 0) + world.DynamicTies.Count(f);
                for (var idea = 0; idea < world.Ideas.Count; idea++)
                {
                    var (shared, parts) = kernel.Shared(idea);
                    var firm = kernel.FirmBound(idea, f);
                    firm.Scale.Should().Be(Math.Max(scale, 0.0), $"a·Δt of firm {f}, tick {context.Tick}");
                    if (scale <= 0) continue;
                    firm.External.Should().Be(external, $"p + boosts of firm {f}, tick {context.Tick}");
                    firm.Contacts.Should().Be(contacts, $"contacts of firm {f}, tick {context.Tick}");
                    scale.Should().BeLessThanOrEqualTo(parts.Scale, $"a·Δt of firm {f}, tick {context.Tick}");
                    external.Should().BeLessThanOrEqualTo(parts.External, $"p + boosts of firm {f}, tick {context.Tick}");
                    contacts.Should().BeLessThanOrEqualTo(parts.Contacts, $"contacts of firm {f}, tick {context.Tick}");
                    firm.Bound.Should().BeLessThanOrEqualTo(shared, $"bound of firm {f}, idea {idea}, tick {context.Tick}");
                    Checked++;
                }
                if (firms.OutreachBoost[f] > 0 || firms.ProcurementBoost[f] > 0) Boosted++;
                if (firms.Absorptive[f] > world.Spec.Firms.AbsorptiveFixed!.Value) Lifted++;
                if (shift > 0) Shifted++;
                if (world.DynamicTies.HasAny(f)) Tied++;
            }
        }
    }

    [Fact]
    public void Every_Firms_Values_Are_Its_Own_And_Lie_Under_The_Shared_Ceilings()
    {
        var spec = EveryValueMoving();
        spec.Firms.AbsorptiveFixed = 0.5; // one capacity at the start: the skills lever lifts some above it
        var probe = Check(spec);
        probe.Boosted.Should().BeGreaterThan(100, "outreach and the lead market must boost firms");
        probe.Lifted.Should().BeGreaterThan(100, "the skills lever must lift absorptive capacity");
        probe.Tied.Should().BeGreaterThan(100, "brokers and churn must make dynamic ties");
    }

    [Fact]
    public void A_Skills_Shift_Alone_Is_Under_The_Ceiling()
    {
        // One absorptive capacity and no lever: the only firms above it are those of a city that gained skills.
        var spec = TestScenarios.TwoCities(ticks: 25);
        spec.Firms.AbsorptiveFixed = 0.5;
        spec.Migration.Rate = 5;
        spec.Migration.Threshold = 0;
        Check(spec).Shifted.Should().BeGreaterThan(100, "migration must raise a city's skills");
    }

    [Fact]
    public void A_Lead_Market_Alone_Is_Under_The_Ceiling()
    {
        // No outreach at all (no brokers): the lead market's boost is the only one, on from tick 5.
        var spec = BassNetwork();
        spec.Policies = [new PolicySpec { Type = PublicProcurement.Instance, Cities = ["Town"], Budget = 1e9, Start = 5 }.Set(LeverParameters.PBoost, 0.3)];
        Check(spec).Boosted.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Without_Levers_Or_Shifts_The_Shortcuts_Give_Every_Firm_The_Same_Values()
    {
        // One absorptive capacity, no localisation, no boosts, no cut ties: the phase reads none of those arrays,
        // and what it uses instead must be each firm's own value.
        Check(BassNetwork()).Checked.Should().BeGreaterThan(10_000);
    }

    private static ScenarioSpec BassNetwork()
    {
        var spec = TestScenarios.Bass(firms: 5_000, ticks: 20);
        spec.Network.Mixing = Mixing.Network;
        spec.Firms.AbsorptiveFixed = 0.5;
        return spec;
    }

    private static Probe Check(ScenarioSpec spec)
    {
        var streams = new RandomStreams(7);
        var world = WorldBuilder.Build(spec, streams);
        var probe = new Probe();
        var phases = AdoptionModel.Schedule().Phases.SelectMany(p => p is AdoptPhase ? [probe, p] : new[] { p });
        Simulation.Run(world, new TickSchedule<World>(phases), spec.Ticks, spec.Tick.Years, streams, 1, new RecordingObserver());
        probe.Checked.Should().BeGreaterThan(1000);
        return probe;
    }
}

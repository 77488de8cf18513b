using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.Tests.Runs;

namespace AdoptionSim.Model.Tests.Governance;

public sealed class GovernanceRunTests
{
    /// <summary>Many small cities, each its own functional region (none is named), so that there are many journeys.</summary>
    private static ScenarioSpec ManyRegions(int cities, int ticks)
    {
        var spec = new ScenarioSpec
        {
            Name = "many-regions",
            Ticks = ticks,
            Cities = new CitiesSpec
            {
                Inline = Enumerable.Range(0, cities).Select(i => new CitySpec
                {
                    Name = $"City{i:00}",
                    Region = "R",
                    Lat = 50 + i * 0.1,
                    Lon = -2 + i * 0.05,
                    Population = 20_000,
                    Class = i % 2 == 0 ? "low_innovation" : "service_innovator",
                }).ToList(),
            },
            Invention = new InventionSpec { Enabled = false },
            Governance = new GovernanceSpec { Enabled = true },
        };
        return spec;
    }

    private static JourneyRecorder Run(ScenarioSpec spec, long seed = 3, int threads = 1)
    {
        var recorder = new JourneyRecorder();
        AdoptionModel.Run(spec, new RunOptions(seed, spec.Ticks, threads), recorder);
        return recorder;
    }

    [Fact]
    public void Off_The_Factors_Stay_One_And_No_Region_Moves()
    {
        var spec = TestScenarios.TwoCities(12);
        var journeys = Run(spec);
        journeys.Ticks.Should().OnlyContain(t => t.Stage == JourneyStage.A && t.Outcome == MomentOutcome.None);
        journeys.Last!.CityState.BrokerCapacityFactor.Should().OnlyContain(f => f == 1.0);
        journeys.Last!.CityState.LeverAbsorption.Should().OnlyContain(f => f == 1.0);
    }

    [Fact]
    public void The_Layer_Changes_The_Model_Only_Through_The_Two_Factors()
    {
        // Governance on, but with every stage and style factor 1: the run must equal the run without the layer,
        // event for event (it draws from its own streams only).
        var off = new RecordingObserver();
        AdoptionModel.Run(TestScenarios.TwoCities(16), new RunOptions(7, 16, 1), off);
        var neutral = TestScenarios.TwoCities(16);
        neutral.Governance = new GovernanceSpec
        {
            Enabled = true,
            MomentRate = 4,
            MomentGapYears = 0,
            StyleEffect = 0,
            BrokerCapacity = new StageValues(),
            Absorption = new StageValues(),
        };
        var on = new RecordingObserver();
        var journeys = new JourneyRecorder();
        AdoptionModel.Run(neutral, new RunOptions(7, 16, 1), new Both(on, journeys));
        journeys.Ticks.Should().Contain(t => t.Outcome != MomentOutcome.None, "the layer must have run");
        off.Events.Should().NotBeEmpty();
        on.Events.Should().Equal(off.Events);
        on.Rows.SelectMany(r => r).Should().Equal(off.Rows.SelectMany(r => r));
    }

    [Fact]
    public void The_Broker_Factor_Scales_What_Brokers_Do()
    {
        // Brokers at zero capacity in every stage: no brokered adoption at all, where the run without the layer has some.
        var off = new RecordingObserver();
        AdoptionModel.Run(TestScenarios.TwoCities(16), new RunOptions(7, 16, 1), off);
        var idle = TestScenarios.TwoCities(16);
        idle.Governance = new GovernanceSpec
        {
            Enabled = true,
            StyleEffect = 0,
            BrokerCapacity = new StageValues { A = 0, B = 0, C = 0, D = 0, E = 0 },
        };
        var on = new RecordingObserver();
        AdoptionModel.Run(idle, new RunOptions(7, 16, 1), on);
        off.Rows.SelectMany(r => r).Sum(r => r.AdoptionsBrokered).Should().BePositive("the two-city scenario has brokers");
        on.Rows.SelectMany(r => r).Sum(r => r.AdoptionsBrokered).Should().Be(0);
    }

    [Fact]
    public void Factors_Follow_Stage_And_Style()
    {
        var spec = ManyRegions(6, 40);
        spec.Governance.MomentRate = 2;
        var journeys = Run(spec);
        var g = spec.Governance;
        foreach (var t in journeys.Ticks)
        {
            var style = Math.Exp(g.StyleEffect * g.Suitability.Of(t.Style, t.Stage));
            t.BrokerFactor.Should().BeApproximately(g.BrokerCapacity.Of(t.Stage) * style, 1e-12);
            t.Absorption.Should().BeApproximately(Math.Min(1, g.Absorption.Of(t.Stage) * style), 1e-12);
        }
        journeys.Ticks.Select(t => t.Stage).Distinct().Count().Should().BeGreaterThan(2, "regions must have moved on their journeys");
    }

    [Fact]
    public void Outcome_Frequencies_Match_The_Stated_Probabilities()
    {
        // Without early-success and suitability effects each moment's outcome has the base probabilities of the
        // stage it starts from. ~30 regions × 300 ticks × 0.63 ≈ 5,700 moments; each outcome's count must lie within
        // 4 standard deviations of its expectation (a sum of Bernoulli draws with the per-moment probabilities):
        // a false alarm has probability about 6e-5 per outcome.
        var spec = ManyRegions(30, 300);
        spec.Governance.MomentRate = 4;
        spec.Governance.MomentGapYears = 0;
        spec.Governance.SuccessEffect = 0;
        spec.Governance.SuitabilityEffect = 0;
        var moments = Run(spec).Moments().ToList();
        moments.Count.Should().BeGreaterThan(4000);
        var p = new double[Journey.Outcomes.Length];
        var expected = new double[p.Length];
        var variance = new double[p.Length];
        foreach (var (before, _) in moments)
        {
            Journey.Probabilities(spec.Governance, before, 0, 0, p);
            for (var k = 0; k < p.Length; k++)
            {
                expected[k] += p[k];
                variance[k] += p[k] * (1 - p[k]);
            }
        }
        for (var k = 0; k < p.Length; k++)
        {
            var observed = moments.Count(m => m.Outcome == Journey.Outcomes[k]);
            observed.Should().BeCloseTo((int)Math.Round(expected[k]), (uint)Math.Ceiling(4 * Math.Sqrt(variance[k])), Journey.Outcomes[k].ToString());
        }
    }

    [Fact]
    public void Journeys_Do_Not_Depend_On_The_Thread_Count()
    {
        var spec = ManyRegions(8, 60);
        spec.Governance.MomentRate = 2;
        Run(spec, threads: 2).Ticks.Should().Equal(Run(spec, threads: 1).Ticks);
    }

    [Fact]
    public void A_Region_Added_Elsewhere_Leaves_The_Other_Journeys_Alone()
    {
        // Streams are keyed by the region's name, not its index: a new region (sorted first) changes no other
        // region's draws. Early successes are switched off because they compare each region with the nation.
        var small = ManyRegions(5, 80);
        small.Governance.SuccessEffect = 0;
        small.Governance.Style = LeadershipStyle.Orchestral;
        var large = ManyRegions(5, 80);
        large.Governance.SuccessEffect = 0;
        large.Governance.Style = LeadershipStyle.Orchestral;
        large.Cities.Inline.Insert(0, new CitySpec { Name = "Aardvark", Region = "R", Lat = 49, Lon = -3, Population = 50_000, Class = "low_innovation" });
        var a = Run(small);
        var b = Run(large);
        foreach (var city in small.Cities.Inline)
            b.StagesOf(city.Name).Should().Equal(a.StagesOf(city.Name), city.Name);
    }

    /// <summary>Two observers of one run.</summary>
    private sealed class Both(RecordingObserver first, JourneyRecorder second) : Core.Engine.ISimulationObserver<State.World>
    {
        public void OnStart(State.World state)
        {
            first.OnStart(state);
            second.OnStart(state);
        }

        public void OnTick(State.World state, int tick)
        {
            first.OnTick(state, tick);
            second.OnTick(state, tick);
        }
    }
}

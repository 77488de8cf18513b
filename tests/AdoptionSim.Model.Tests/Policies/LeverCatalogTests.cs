using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Parameters;
using AdoptionSim.Model.Measures;
using AdoptionSim.Model.Policies.Levers;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Tests.Policies;

/// <summary>
/// The lever registry keeps its promises: every lever class is in the catalogue, every parameter is declared
/// once, and what a lever file says it reads and reports is what it does.
/// </summary>
public sealed class LeverCatalogTests
{
    private const int Ticks = 10;

    [Fact]
    public void Every_lever_class_is_in_the_catalogue_once_with_its_own_name()
    {
        var classes = typeof(LeverDefinition).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(LeverDefinition)) && !t.IsAbstract).OrderBy(t => t.Name).ToList();
        LeverCatalog.All.Select(l => l.GetType()).OrderBy(t => t.Name).Should().Equal(classes, "a lever file needs its line in LeverCatalog");
        LeverCatalog.All.Select(l => l.Name).Should().OnlyHaveUniqueItems().And.OnlyContain(n => n == FieldKeyOf(n));
        LeverCatalog.TypeSchema.Choices.Should().Equal(LeverCatalog.All.Select(l => l.Name));
    }

    private static string FieldKeyOf(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    [Fact]
    public void A_policy_has_the_common_keys_then_every_parameter_a_lever_reads_once()
    {
        var keys = PolicySchema.Policy.Fields.Select(f => f.Key).ToList();
        keys.Take(12).Should().Equal("type", "label", "cities", "classes", "regions", "sectors", "start", "end", "budget", "profile", "unspent", "allocation");
        keys.Skip(12).Should().Equal(PolicySchema.Parameters.Select(p => p.Key));
        PolicySchema.Parameters.Should().OnlyContain(p => LeverCatalog.Readers(p).Any(), "a parameter no lever reads is dead");
        LeverCatalog.All.SelectMany(l => l.Reads).Should().OnlyContain(p => PolicySchema.Parameters.Contains(p));
    }

    [Fact]
    public void A_policy_written_without_a_value_reads_the_parameter_default()
    {
        var policy = PolicySchema.Policy.Create();
        policy.Type.Should().BeSameAs(InnovationFund.Instance);
        policy.Get(LeverParameters.CostPerIntroduction).Should().Be(5_000);
        PolicySchema.Policy.FindField("broker_reach")!.SetValue(policy, BrokerReach.WithinSector);
        policy.Get(Broker.Reach).Should().Be(BrokerReach.WithinSector);
        PolicySchema.Policy.FindField("broker_reach")!.GetValue(policy).Should().Be(BrokerReach.WithinSector);
    }

    /// <summary>Counters a lever does not report stay 0; those it reports move (with money, mobile firms and a strong pull).</summary>
    [Fact]
    public void Each_lever_fills_exactly_the_counters_it_reports()
    {
        foreach (var lever in LeverCatalog.All)
        {
            var run = Run(Policy(lever));
            foreach (var counter in Enum.GetValues<LeverCounters>().Where(c => c != LeverCounters.None))
            {
                var total = run.Counters.Sum(t => t[counter]);
                if (lever.Reports.HasFlag(counter))
                    total.Should().BeGreaterThan(0, $"{lever.Name} reports {counter}");
                else
                    total.Should().Be(0, $"{lever.Name} does not report {counter}");
            }
        }
    }

    /// <summary>
    /// Changing a parameter a lever does not declare in <see cref="LeverDefinition.Reads"/> changes nothing in
    /// its run (adoptions, city rows, lever counters and spend), so the docs' "Reads" column is true.
    /// </summary>
    [Fact]
    public void A_lever_ignores_the_parameters_it_does_not_read()
    {
        foreach (var lever in LeverCatalog.All)
        {
            var baseline = Run(Policy(lever));
            foreach (var parameter in PolicySchema.Parameters.Where(p => !lever.Reads.Contains(p)))
            {
                var changed = Policy(lever);
                var field = PolicySchema.Policy.FindField(parameter.Key)!;
                field.SetValue(changed, OtherValue(field.Schema, field.GetValue(changed)));
                var run = Run(changed);
                run.Events.Should().Equal(baseline.Events, $"{lever.Name} should ignore {parameter.Key}");
                run.Rows.Should().Equal(baseline.Rows, $"{lever.Name} should ignore {parameter.Key}");
                run.Spend.Should().Equal(baseline.Spend, $"{lever.Name} should ignore {parameter.Key}");
            }
        }
    }

    private static object OtherValue(ValueSchema schema, object? value) => schema switch
    {
        NumberSchema => (double)value! == 0 ? 1.0 : (double)value! * 0.5,
        ChoiceSchema choice => choice.Choices.Select(name => choice.Parse(name, quoted: false).Value!).First(v => !v.Equals(value)),
        StringSchema => "htm",
        _ => throw new InvalidOperationException($"no other value for {schema.TypeName}"),
    };

    private static PolicySpec Policy(LeverDefinition lever) =>
        new PolicySpec { Type = lever, Cities = ["Town"], Budget = 1e12 }
            .Set(Allocation.Mode, AllocationMode.National).Set(Allocation.PrioritySector, "kis")
            .Set(EnterpriseZone.RelocationBonus, 3.0).Set(EnterpriseZone.RelocationGrant, 1.0);

    private static LeverRun Run(PolicySpec policy)
    {
        var spec = TestScenarios.TwoCities(Ticks);
        spec.Economy.RelocationRate = 0.2;
        spec.Policies.Add(policy);
        var run = new LeverRun();
        AdoptionModel.Run(spec, new RunOptions(11, Ticks, 1), run);
        return run;
    }

    private sealed class LeverRun : ISimulationObserver<World>
    {
        public List<CityTickRow> Rows { get; } = [];
        public List<AdoptionEvent> Events { get; } = [];
        public List<double> Spend { get; } = [];
        public List<Dictionary<LeverCounters, int>> Counters { get; } = [];

        public void OnStart(World state)
        {
        }

        public void OnTick(World state, int tick)
        {
            var rows = new CityTickRow[state.Cities.Count];
            CityTickMeasures.Compute(state, rows);
            Rows.AddRange(rows);
            Events.AddRange(state.Counters.Events);
            var lever = state.Levers[0];
            Spend.AddRange(lever.Spend);
            Counters.Add(new()
            {
                [LeverCounters.Introductions] = lever.Introductions.Sum(),
                [LeverCounters.Outreach] = lever.Outreach.Sum(),
                [LeverCounters.FirmsSupported] = lever.FirmsSupported.Sum(),
                [LeverCounters.Relocations] = lever.Relocations.Sum(),
            });
        }
    }
}

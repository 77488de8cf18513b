using System.Globalization;
using AdoptionSim.Model.Policies.Levers;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Capacity;

/// <summary>
/// What a run can take, checked at validation so that a scenario that validates never fails inside the model:
/// upper bounds on single values (the schema gives the lower ones) and on what values do together (firms,
/// firm slots created by entry over the ticks, standing ties, memory from firms × ideas). Each bound is far
/// beyond realistic use and low enough that the model's counts fit its integers, its loops end and its
/// arithmetic stays finite. Kept apart from the schema while the parameter declarations are reworked; each
/// single-value bound belongs with its key's range there (docs/reliability.md lists them).
/// </summary>
public static class ScenarioLimits
{
    public const int MaxTicks = 100_000;
    public const double MaxTickYears = 100;

    /// <summary>Largest city population (the largest real cities have about 40 million people).</summary>
    public const double MaxPopulation = 1e9;

    /// <summary>
    /// Most firm slots a run may use, at the start and by the end (entrants take new slots): firm indices are
    /// 32-bit and the per-firm arrays double, so this keeps them below .NET's largest array with room to spare.
    /// </summary>
    public const double MaxFirms = 250_000_000;

    /// <summary>Most standing ties drawn at set-up: stored in both directions in one array.</summary>
    public const double MaxStandingTies = 500_000_000;

    /// <summary>Largest memory estimate of a valid scenario (1 TiB): beyond any machine this runs on.</summary>
    public const double MaxBytes = 1024.0 * 1024 * 1024 * 1024;

    /// <summary>Firms store their sector in a byte.</summary>
    public const int MaxSectors = 255;

    public const int MaxIdeas = 1_000_000;

    /// <summary>Most introductions or outreach contacts per firm per tick a broker's capacity may ask for.</summary>
    public const double MaxBrokerEventsPerFirm = 10;

    private const double Large = 1e6;
    private const double Money = 1e15;

    /// <summary>
    /// Every value beyond what a run can take. The combined checks (firms, ties, memory) need valid cities and
    /// classes: they run only when the caller says the scenario is otherwise valid and no single value is out of bounds.
    /// </summary>
    public static IReadOnlyList<ScenarioIssue> Check(ScenarioSpec spec, bool otherwiseValid)
    {
        var issues = new List<ScenarioIssue>();
        CheckName(spec, issues);
        if (spec.Ticks < 1) issues.Add(new(spec, "ticks", "a run needs at least one tick"));
        AtMost(issues, spec, "ticks", spec.Ticks, MaxTicks, "ticks of one run");
        AtMost(issues, spec.Tick, "years", spec.Tick.Years, MaxTickYears, "years in one tick");
        CheckPlaces(spec, issues);
        CheckFirmsAndNetwork(spec, issues);
        CheckBehaviour(spec, issues);
        if (otherwiseValid && issues.Count == 0)
        {
            CheckCombinations(spec, issues);
        }

        return issues;
    }

    /// <summary>Longest scenario name: it starts the run id, which names the default output folder.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The name is the first part of the run id and of the default output folder (outputs/NAME/RUN-ID): it must be a folder name.</summary>
    private static void CheckName(ScenarioSpec spec, List<ScenarioIssue> issues)
    {
        var name = spec.Name;
        var problem = name.Length == 0 ? "a scenario needs a name (it names its output folder)"
            : name.Length > MaxNameLength ? $"a scenario name names its output folder: at most {MaxNameLength} characters, got {name.Length}"
            : name is "." or ".." || name.Any(c => c is '/' or '\\' || char.IsControl(c)) ? "a scenario name names its output folder: no '/', '\\', control characters, '.' or '..'"
            : null;
        if (problem is not null) issues.Add(new(spec, "name", problem));
    }

    private static void CheckPlaces(ScenarioSpec spec, List<ScenarioIssue> issues)
    {
        foreach (var city in spec.Cities.Resolved)
        {
            AtMost(issues, city, "population", city.Population, MaxPopulation, "people in one city");
            AtMost(issues, city, "universities", city.Universities ?? 0, 1000, "universities in one city");
            AtMost(issues, city, "anchor_firms", city.AnchorFirms ?? 0, Large, "anchor firms in one city");
            AtMost(issues, city, "rent", city.Rent ?? 0, Large, "times the national rent");
            AtMost(issues, city, "rate_multiplier", city.RateMultiplier ?? 0, Large, "£ of rates per £ of rateable value");
        }

        foreach (var (_, defaults) in spec.Classes)
        {
            AtMost(issues, defaults, "universities", defaults.Universities, 1000, "universities in one city");
            AtMost(issues, defaults, "anchor_firms", defaults.AnchorFirms, Large, "anchor firms in one city");
            AtMost(issues, defaults, "rent", defaults.Rent, Large, "times the national rent");
            AtMost(issues, defaults, "rate_multiplier", defaults.RateMultiplier, Large, "£ of rates per £ of rateable value");
            AtMost(issues, defaults, "invention_multiplier", defaults.InventionMultiplier, Large, "times the base invention rate");
        }

        if (spec.Sectors.Count > MaxSectors)
        {
            issues.Add(new(spec, "sectors", $"{spec.Sectors.Count} sectors are more than a run can take: at most {MaxSectors} (a firm stores its sector in one byte)"));
        }

        foreach (var sector in spec.Sectors)
        {
            AtMost(issues, sector, "invention_multiplier", sector.InventionMultiplier, Large, "times the base invention rate");
        }
    }

    private static void CheckFirmsAndNetwork(ScenarioSpec spec, List<ScenarioIssue> issues)
    {
        var firms = spec.Firms;
        AtMost(issues, firms, "per_thousand", firms.PerThousand, 1000, "one firm per inhabitant");
        AtMost(issues, firms, "scale", firms.Scale, 10_000, "times the modelled firm density");
        AtMost(issues, firms, "count", firms.Count, MaxFirms, "firms in one run");
        AtMost(issues, firms, "min_per_city", firms.MinPerCity, Large, "firms in one city");
        AtMost(issues, firms, "absorptive_concentration", firms.AbsorptiveConcentration, Large, "α+β of a Beta distribution");

        var network = spec.Network;
        AtMost(issues, network.LocalDegree, 10_000, "local ties of one firm");
        AtMost(issues, network, "anchor_suppliers", network.AnchorSuppliers, 10_000, "supplier ties of one anchor");
        AtMost(issues, network, "intercity_ties_per_firm", network.IntercityTiesPerFirm, 1000, "inter-city ties of one firm");
        AtMost(issues, network, "gravity_beta", network.GravityBeta, 100, "a distance-decay exponent");
        AtMost(issues, network, "gravity_min_km", network.GravityMinKm, 100_000, "km, more than twice round the Earth");

        var brokers = spec.Brokers;
        foreach (var (kind, defaults) in new[] { ("university", brokers.University), ("lep", brokers.Lep), ("local_authority", brokers.LocalAuthority), ("sector_network", brokers.SectorNetwork) })
        {
            BrokerRate(issues, defaults, "capacity", defaults.Capacity, brokers.CapacityPerFirms, $"introductions of a {kind} broker");
            BrokerRate(issues, defaults, "outreach", defaults.Outreach, brokers.CapacityPerFirms, $"outreach of a {kind} broker");
        }

        foreach (var broker in brokers.Inline)
        {
            BrokerRate(issues, broker, "capacity", broker.Capacity ?? 0, brokers.CapacityPerFirms, "introductions of a broker");
            BrokerRate(issues, broker, "outreach", broker.Outreach ?? 0, brokers.CapacityPerFirms, "outreach of a broker");
        }
    }

    private static void CheckBehaviour(ScenarioSpec spec, List<ScenarioIssue> issues)
    {
        var adoption = spec.Adoption;
        AtMost(issues, adoption, "p", adoption.P, Large, "a rate per year");
        AtMost(issues, adoption, "q", adoption.Q, Large, "a rate per year");
        AtMost(issues, adoption, "broker_outreach_p", adoption.BrokerOutreachP, Large, "a rate per year");

        var invention = spec.Invention;
        AtMost(issues, invention.SizeMultiplier, Large, "times the base invention rate");
        AtMost(issues, invention, "university_multiplier", invention.UniversityMultiplier, Large, "times the base invention rate");
        AtMost(issues, invention, "value_mean", invention.ValueMean, 100, "times a firm's productivity per idea");
        AtMost(issues, invention, "max_ideas", invention.MaxIdeas, MaxIdeas, "ideas in one run");
        foreach (var idea in spec.Ideas)
        {
            AtMost(issues, idea, "value", idea.Value, 100, "times a firm's productivity per idea");
        }

        var economy = spec.Economy;
        AtMost(issues, economy, "productivity_sd", economy.ProductivitySd, 10, "a standard deviation of log productivity");
        AtMost(issues, economy, "skills_productivity_effect", economy.SkillsProductivityEffect, 100, "an effect on log productivity");
        AtMost(issues, economy.Workers, Large, "workers in one firm");
        foreach (var (key, value) in new[]
        {
            ("wage_share", economy.WageShare), ("floorspace", economy.Floorspace), ("rateable_share", economy.RateableShare),
            ("base_exit_rate", economy.BaseExitRate), ("distress_exit_rate", economy.DistressExitRate), ("entry_elasticity", economy.EntryElasticity),
            ("skills_spillover", economy.SkillsSpillover), ("attract_rent", economy.AttractRent), ("perception_years", economy.PerceptionYears),
            ("relocation_threshold", economy.RelocationThreshold), ("relocation_certain_gain", economy.RelocationCertainGain), ("rent_population", economy.RentPopulation),
            ("attract_productivity", economy.AttractProductivity), ("attract_adoption", economy.AttractAdoption),
            ("attract_skills", economy.AttractSkills), ("relocation_selectivity", economy.RelocationSelectivity),
            ("rent_density", economy.RentDensity),
        })
        {
            AtMost(issues, economy, key, value, 100, "a share, rate or elasticity of the economy");
        }

        AtMost(issues, economy, "relief_full_below", economy.ReliefFullBelow, Money, "model money");
        AtMost(issues, economy, "relief_none_above", economy.ReliefNoneAbove, Money, "model money");
        AtMost(issues, economy, "relocation_distance_km", economy.RelocationDistanceKm, 100_000, "km, more than twice round the Earth");
        AtMost(issues, economy, "new_firm_ties", economy.NewFirmTies, 1000, "ties of one new firm");
        AtMost(issues, economy, "pounds_per_unit", economy.PoundsPerUnit, Money, "£ per model money unit");

        foreach (var policy in spec.Policies)
        {
            AtMost(issues, policy, "budget", policy.Budget, Money, "£ for one lever");
            // Counts per tick or per year drive loops; the other numbers are £ or rates, held finite.
            foreach (var parameter in LeverDefinition.Of(policy.Type).Reads.OfType<PolicyParameter<double>>())
            {
                var counts = parameter.Key.Contains("per_tick", StringComparison.Ordinal) || parameter.Key.Contains("per_year", StringComparison.Ordinal);
                AtMost(issues, policy, parameter.Key, policy.Get(parameter), counts ? Large : Money, counts ? "per tick or per year for one lever" : "£ or a rate for one lever");
            }
        }
    }

    /// <summary>What values do together: firms at the start and created by entry, ties drawn, memory. Needs valid cities and classes.</summary>
    private static void CheckCombinations(ScenarioSpec spec, List<ScenarioIssue> issues)
    {
        var footprint = MemoryEstimate.Of(spec);
        var firmsKey = spec.Firms.Count > 0 ? "count" : "scale";
        if (footprint.FirmsAtStart > MaxFirms)
        {
            issues.Add(new(spec.Firms, firmsKey,
                $"the cities' populations × per_thousand × scale (and anchors) make {Show(footprint.FirmsAtStart)} firms; a run takes at most {Show(MaxFirms)}"));
        }
        else if (footprint.FirmSlotsBound > MaxFirms)
        {
            issues.Add(new(spec.Economy, "distress_exit_rate",
                $"entrants replacing exits at up to {Show(spec.Economy.BaseExitRate + spec.Economy.DistressExitRate)} a year over {Show(spec.Ticks * spec.Tick.Years)} years ({spec.Ticks} ticks) could create {(footprint.FirmSlotsBound < 1e15 ? "about " + Show(footprint.FirmSlotsBound) : "far more than " + Show(MaxFirms))} firms (if every firm bore the full exit hazard, with entry_elasticity {Show(spec.Economy.EntryElasticity)}) from {Show(footprint.FirmsAtStart)}; a run takes at most {Show(MaxFirms)}"));
        }

        if (footprint.StandingTies > MaxStandingTies)
        {
            issues.Add(new(spec.Network, null,
                $"the local degrees, anchor suppliers and inter-city ties per firm make about {Show(footprint.StandingTies)} ties among {Show(footprint.FirmsAtStart)} firms; a run takes at most {Show(MaxStandingTies)}"));
        }

        if (footprint.PeakBytes > MaxBytes && issues.Count == 0)
        {
            issues.Add(new(spec.Invention, "max_ideas",
                $"{Show(footprint.FirmCapacity)} firm slots × {Show(footprint.Ideas)} ideas would need about {MemoryEstimate.Format(footprint.PeakBytes)} of memory; a run takes at most {MemoryEstimate.Format(MaxBytes)}"));
        }
    }

    private static void BrokerRate(List<ScenarioIssue> issues, object owner, string key, double value, double capacityPerFirms, string what)
    {
        if (value / capacityPerFirms > MaxBrokerEventsPerFirm)
        {
            issues.Add(new(owner, key,
                $"{Show(value)} per {Show(capacityPerFirms)} firms (brokers.capacity_per_firms) is {Show(value / capacityPerFirms)} {what} per firm per tick; a run takes at most {Show(MaxBrokerEventsPerFirm)}"));
        }
    }

    private static void AtMost(List<ScenarioIssue> issues, SizeValues values, double max, string what)
    {
        foreach (var (size, value) in new[] { ("micro", values.Micro), ("small", values.Small), ("medium", values.Medium), ("large", values.Large), ("anchor", values.Anchor) })
        {
            if (value > max)
            {
                issues.Add(new(values, size, $"{Show(value)} is more than a run can take: at most {Show(max)} ({what})"));
            }
        }
    }

    private static void AtMost(List<ScenarioIssue> issues, object owner, string key, double value, double max, string what)
    {
        if (value > max)
        {
            issues.Add(new(owner, key, $"{Show(value)} is more than a run can take: at most {Show(max)} ({what})"));
        }
    }

    /// <summary>Numbers in messages: grouped digits when whole and not huge, else six significant digits.</summary>
    private static string Show(double x) =>
        Math.Abs(x) < 1e15 && x == Math.Floor(x) ? x.ToString("N0", CultureInfo.InvariantCulture) : x.ToString("G6", CultureInfo.InvariantCulture);
}

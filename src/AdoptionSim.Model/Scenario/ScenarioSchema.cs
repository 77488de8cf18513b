using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>
/// The scenario file format: every key of <see cref="ScenarioSpec"/> with its YAML name, type, range and
/// one-line doc, bound by typed accessors (no reflection, so renaming a property cannot silently rename a
/// key). The loader binds files through it, docs/scenarios.md is generated from it, and <c>describe</c>
/// prints a scenario with it. Defaults are not repeated here: they are read from fresh spec objects.
/// </summary>
public static class ScenarioSchema
{
    public static readonly string[] MixingChoices = ["network", "full"];
    public static readonly string[] ReachChoices = ["within_sector", "across_sectors", "across_cities"];
    public static readonly string[] BrokerKindChoices = ["university", "lep", "local_authority", "sector_network"];
    public static readonly string[] ClassSourceChoices = ["seed", "proxy", ""];

    /// <summary>Sector weights; written maps replace the default mix whole (merging two mixes makes no sense).</summary>
    private static MapSchema<double> Weights() => new(new NumberSchema(NumberRange.NonNegative), MapMerge.Replace);

    public static ObjectSchema<SizeValues> SizeValues(string what, NumberRange range) =>
        new ObjectSchema<SizeValues>("size values", () => new SizeValues(), $"{what}, by size class.")
            .Number("micro", s => s.Micro, (s, v) => s.Micro = v, range, $"{what} for micro firms (0–9 employees).")
            .Number("small", s => s.Small, (s, v) => s.Small = v, range, $"{what} for small firms (10–49).")
            .Number("medium", s => s.Medium, (s, v) => s.Medium = v, range, $"{what} for medium firms (50–249).")
            .Number("large", s => s.Large, (s, v) => s.Large = v, range, $"{what} for large firms (250+).")
            .Number("anchor", s => s.Anchor, (s, v) => s.Anchor = v, range, $"{what} for anchor firms (a city's few very large firms).");

    public static ObjectSchema<TickSpec> Tick { get; } =
        new ObjectSchema<TickSpec>("tick", () => new TickSpec(), "What one tick of simulated time is.")
            .Text("label", t => t.Label, (t, v) => t.Label = v, "What one tick is called in outputs and figures.")
            .Number("years", t => t.Years, (t, v) => t.Years = v, NumberRange.Positive, "Length of one tick in years (Δt); every rate in the scenario is per year.");

    public static ObjectSchema<CitySpec> City { get; } =
        new ObjectSchema<CitySpec>("city", () => new CitySpec(), "A city. Attributes left out (null) take their class's default.")
            .Text("name", c => c.Name, (c, v) => c.Name = v, "Unique name; inline cities replace file cities of the same name.")
            .Text("region", c => c.Region, (c, v) => c.Region = v, "UK nation or ITL1 region (e.g. North West, Scotland).")
            .Number("lat", c => c.Lat, (c, v) => c.Lat = v, NumberRange.Between(-90, 90), "Latitude of the centre, degrees (WGS84).")
            .Number("lon", c => c.Lon, (c, v) => c.Lon = v, NumberRange.Between(-180, 180), "Longitude of the centre, degrees (WGS84).")
            .Number("population", c => c.Population, (c, v) => c.Population = v, NumberRange.NonNegative, "Inhabitants; required (must be positive). Firm counts scale with it.")
            .Text("class", c => c.Class, (c, v) => c.Class = v, "Typology class: a key of `classes` (Streets Ahead: high_performing, service_innovator, technology_innovator, innovation_potential, low_innovation).")
            .Choice("class_source", c => c.ClassSource, (c, v) => c.ClassSource = v, ClassSourceChoices, "seed: the sources name the class; proxy: estimated from indicators; \"\": unknown.")
            .OptionalNumber("skills", c => c.Skills, (c, v) => c.Skills = v, NumberRange.Unit, "Skills index (0..1); null = the class default.")
            .OptionalMap("sector_mix", c => c.SectorMix, (c, v) => c.SectorMix = v, new NumberSchema(NumberRange.NonNegative), MapMerge.Replace, "Weights of firms by sector (normalised); null = the class default.")
            .OptionalNumber("rent", c => c.Rent, (c, v) => c.Rent = v, NumberRange.Positive, "Rent level relative to the national average (1 = average); null = the class default.")
            .OptionalNumber("rate_multiplier", c => c.RateMultiplier, (c, v) => c.RateMultiplier = v, NumberRange.NonNegative, "Business-rate multiplier, £ of rates per £ of rateable value; null = the class default.")
            .OptionalInteger("universities", c => c.Universities, (c, v) => c.Universities = v, 0, "University brokers in the city; null = the class default.")
            .OptionalInteger("anchor_firms", c => c.AnchorFirms, (c, v) => c.AnchorFirms = v, 0, "Anchor firms (very large, with supply chains); null = the class default.")
            .OptionalNumber("invention_multiplier", c => c.InventionMultiplier, (c, v) => c.InventionMultiplier = v, NumberRange.NonNegative, "Multiplies the invention rate of the city's firms; null = the class default.")
            .OptionalText("functional_region", c => c.FunctionalRegion, (c, v) => c.FunctionalRegion = v, "Functional region / LEP (brokers with reach across_cities work within it); null = the city's own name.");

    public static ObjectSchema<CitiesSpec> Cities { get; } =
        new ObjectSchema<CitiesSpec>("cities", () => new CitiesSpec(), "Where the cities come from: a CSV file, inline entries, or both.")
            .OptionalText("file", c => c.File, (c, v) => c.File = v, "CSV file of cities, relative to the file that names it (format below).")
            .List("inline", c => c.Inline, (c, v) => c.Inline = v, City, "Cities written in the scenario: added after the file's, or replacing a file city of the same name.");

    public static ObjectSchema<ClassDefaultsSpec> ClassDefaults { get; } =
        new ObjectSchema<ClassDefaultsSpec>("class defaults", () => new ClassDefaultsSpec(), "Default attributes of the cities of one typology class.")
            .Number("skills", c => c.Skills, (c, v) => c.Skills = v, NumberRange.Unit, "Skills index (0..1); shifts mean absorptive capacity.")
            .Map("sector_mix", c => c.SectorMix, (c, v) => c.SectorMix = v, new NumberSchema(NumberRange.NonNegative), MapMerge.Replace, "Weights of firms by sector (normalised); keys are sector names.")
            .Number("rent", c => c.Rent, (c, v) => c.Rent = v, NumberRange.Positive, "Rent level relative to the national average.")
            .Number("rate_multiplier", c => c.RateMultiplier, (c, v) => c.RateMultiplier = v, NumberRange.NonNegative, "Business-rate multiplier (£ per £ of rateable value).")
            .Integer("universities", c => c.Universities, (c, v) => c.Universities = v, 0, "University brokers per city.")
            .Integer("anchor_firms", c => c.AnchorFirms, (c, v) => c.AnchorFirms = v, 0, "Anchor firms per city.")
            .Number("invention_multiplier", c => c.InventionMultiplier, (c, v) => c.InventionMultiplier = v, NumberRange.NonNegative, "Multiplies the invention rate of the class's firms (1 by default: size, sector and university links already differ by class).");

    public static ObjectSchema<SectorSpec> Sector { get; } =
        new ObjectSchema<SectorSpec>("sector", () => new SectorSpec(), "A sector of the economy.")
            .Text("name", s => s.Name, (s, v) => s.Name = v, "Short unique key used in sector mixes, relevance maps and outputs (e.g. kis).")
            .Text("label", s => s.Label, (s, v) => s.Label = v, "Readable name for figures.")
            .Number("invention_multiplier", s => s.InventionMultiplier, (s, v) => s.InventionMultiplier = v, NumberRange.NonNegative, "Multiplies the base invention rate for firms of this sector.")
            .Number("cross_relevance", s => s.CrossRelevance, (s, v) => s.CrossRelevance = v, NumberRange.Unit, "Relevance to this sector of an idea born in another sector (own sector: 1).");

    public static ObjectSchema<SizeShares> SizeShares { get; } =
        new ObjectSchema<SizeShares>("size shares", () => new SizeShares(), "Shares of firms by size class; they must sum to 1.")
            .Number("micro", s => s.Micro, (s, v) => s.Micro = v, NumberRange.Unit, "Share of micro firms (0–9 employees).")
            .Number("small", s => s.Small, (s, v) => s.Small = v, NumberRange.Unit, "Share of small firms (10–49).")
            .Number("medium", s => s.Medium, (s, v) => s.Medium = v, NumberRange.Unit, "Share of medium firms (50–249).")
            .Number("large", s => s.Large, (s, v) => s.Large = v, NumberRange.Unit, "Share of large firms (250+); anchors come on top.");

    public static ObjectSchema<FirmsSpec> Firms { get; } =
        new ObjectSchema<FirmsSpec>("firms", () => new FirmsSpec(), "How many firms each city gets and what they are like.")
            .Number("per_thousand", f => f.PerThousand, (f, v) => f.PerThousand = v, NumberRange.Positive, "Modelled firms per 1,000 inhabitants before scaling (the UK has about 80 businesses per 1,000: a model firm stands for many).")
            .Number("scale", f => f.Scale, (f, v) => f.Scale = v, NumberRange.Positive, "Global factor on firm counts: 0.1 for a quick classroom run, 10 for research.")
            .Integer("count", f => f.Count, (f, v) => f.Count = v, 0, "Exact firm count of a single-city scenario, overriding the population rule (0 = use the rule).")
            .Integer("min_per_city", f => f.MinPerCity, (f, v) => f.MinPerCity = v, 1, "Fewest firms a city gets, so that small cities still have a network.")
            .Object("size_shares", f => f.SizeShares, (f, v) => f.SizeShares = v, SizeShares, "Shares of micro, small, medium and large firms (sum 1).")
            .Object("absorptive_mean", f => f.AbsorptiveMean, (f, v) => f.AbsorptiveMean = v, SizeValues("Mean absorptive capacity", NumberRange.OpenUnit), "Mean absorptive capacity by size class (Beta distributed, shifted by the city's skills).")
            .Number("absorptive_concentration", f => f.AbsorptiveConcentration, (f, v) => f.AbsorptiveConcentration = v, NumberRange.Positive, "Concentration α+β of the Beta distribution of absorptive capacity; larger is less spread.")
            .Number("skills_effect", f => f.SkillsEffect, (f, v) => f.SkillsEffect = v, NumberRange.Unit, "How much a city's skills (centred at 0.5) shift mean absorptive capacity.")
            .OptionalNumber("absorptive_fixed", f => f.AbsorptiveFixed, (f, v) => f.AbsorptiveFixed = v, NumberRange.Unit, "Absorptive capacity of every firm, replacing the distribution (the Bass case: 1); null = draw.");

    public static ObjectSchema<NetworkSpec> Network { get; } =
        new ObjectSchema<NetworkSpec>("network", () => new NetworkSpec(), "Ties between firms: local, inter-city (gravity) and brokered.")
            .Choice("mixing", n => n.Mixing, (n, v) => n.Mixing = v, MixingChoices, "network: explicit ties; full: fully mixed, S = share of adopters among all other firms (the Bass case).")
            .Object("local_degree", n => n.LocalDegree, (n, v) => n.LocalDegree = v, SizeValues("Mean number of local ties", NumberRange.NonNegative), "Mean number of local ties by size class (degree grows with size).")
            .Number("homophily", n => n.Homophily, (n, v) => n.Homophily = v, NumberRange.Unit, "Probability that a local tie is to a firm of the same sector.")
            .Number("rewire", n => n.Rewire, (n, v) => n.Rewire = v, NumberRange.Unit, "Share of local ties rewired to a random firm of the city (small-world shortcuts).")
            .Integer("anchor_suppliers", n => n.AnchorSuppliers, (n, v) => n.AnchorSuppliers = v, 0, "Supplier ties of each anchor firm, to firms of its city and other sectors.")
            .Number("intercity_ties_per_firm", n => n.IntercityTiesPerFirm, (n, v) => n.IntercityTiesPerFirm = v, NumberRange.NonNegative, "Mean inter-city ties per firm, shared between city pairs by the gravity model.")
            .Number("gravity_beta", n => n.GravityBeta, (n, v) => n.GravityBeta = v, NumberRange.NonNegative, "Distance decay exponent β of the gravity model P_i·P_j / d_ij^β.")
            .Number("gravity_min_km", n => n.GravityMinKm, (n, v) => n.GravityMinKm = v, NumberRange.Positive, "Smallest distance (km) in the gravity model, so that near cities do not dominate.")
            .Number("competitor_trust", n => n.CompetitorTrust, (n, v) => n.CompetitorTrust = v, NumberRange.Unit, "Trust weight of a tie between competitors (same sector, same city) unless a broker made it.")
            .Number("brokered_trust", n => n.BrokeredTrust, (n, v) => n.BrokeredTrust = v, NumberRange.Unit, "Trust weight of a brokered tie.")
            .Number("brokered_tie_years", n => n.BrokeredTieYears, (n, v) => n.BrokeredTieYears = v, NumberRange.Positive, "Years a brokered tie survives without carrying an adoption before it decays.");

    public static ObjectSchema<AdoptionSpec> Adoption { get; } =
        new ObjectSchema<AdoptionSpec>("adoption", () => new AdoptionSpec(), "The hazard λ = a·r·(1−c)·(p + q·S) per year; P(adopt in a tick) = 1 − exp(−λ·Δt).")
            .Number("p", a => a.P, (a, v) => a.P = v, NumberRange.NonNegative, "External (innovation) coefficient p per year.")
            .Number("q", a => a.Q, (a, v) => a.Q = v, NumberRange.NonNegative, "Imitation coefficient q per year.")
            .Number("broker_outreach_p", a => a.BrokerOutreachP, (a, v) => a.BrokerOutreachP = v, NumberRange.NonNegative, "Extra p per year for firms a broker reaches with outreach in a tick.");

    public static ObjectSchema<InventionSpec> Invention { get; } =
        new ObjectSchema<InventionSpec>("invention", () => new InventionSpec(), "New ideas born in firms during a run.")
            .Boolean("enabled", i => i.Enabled, (i, v) => i.Enabled = v, "Whether firms invent (false: only the ideas listed in `ideas`).")
            .Number("base_rate", i => i.BaseRate, (i, v) => i.BaseRate = v, NumberRange.Unit, "Probability per firm per year of inventing a new idea, before multipliers.")
            .Object("size_multiplier", i => i.SizeMultiplier, (i, v) => i.SizeMultiplier = v, SizeValues("Invention rate multiplier", NumberRange.NonNegative), "Multipliers of the invention rate by size class.")
            .Number("university_multiplier", i => i.UniversityMultiplier, (i, v) => i.UniversityMultiplier = v, NumberRange.NonNegative, "Multiplier for firms with a tie to a university broker.")
            .Integer("initial_ideas", i => i.InitialIdeas, (i, v) => i.InitialIdeas = v, 0, "Ideas that exist at tick 0, each born in a firm drawn with the invention weights.")
            .Number("complexity_mean", i => i.ComplexityMean, (i, v) => i.ComplexityMean = v, NumberRange.OpenUnit, "Mean complexity c of a new idea (Beta distributed).")
            .Number("complexity_concentration", i => i.ComplexityConcentration, (i, v) => i.ComplexityConcentration = v, NumberRange.Positive, "Concentration α+β of the Beta distribution of complexity (larger: less spread).")
            .Number("value_mean", i => i.ValueMean, (i, v) => i.ValueMean = v, NumberRange.NonNegative, "Mean value (proportional productivity uplift) of a new idea (exponential).")
            .Integer("max_ideas", i => i.MaxIdeas, (i, v) => i.MaxIdeas = v, 1, "Most ideas in a run; invention stops there (bounds memory: firms × ideas).");

    public static ObjectSchema<IdeaSpec> Idea { get; } =
        new ObjectSchema<IdeaSpec>("idea", () => new IdeaSpec(), "An idea written in the scenario, existing from a given tick.")
            .Text("city", i => i.City, (i, v) => i.City = v, "City of the originating firm (a firm of that city is drawn); \"\" = the first city.")
            .Text("sector", i => i.Sector, (i, v) => i.Sector = v, "Sector of the originating firm; \"\" = the first sector.")
            .Integer("tick", i => i.Tick, (i, v) => i.Tick = v, 0, "Tick from which the idea exists.")
            .Number("complexity", i => i.Complexity, (i, v) => i.Complexity = v, NumberRange.Unit, "Complexity c (0..1): adoption hazard is scaled by 1 − c.")
            .Number("value", i => i.Value, (i, v) => i.Value = v, NumberRange.NonNegative, "Productivity uplift on adoption (proportional).")
            .OptionalMap("relevance", i => i.Relevance, (i, v) => i.Relevance = v, new NumberSchema(NumberRange.Unit), MapMerge.Replace, "Relevance (0..1) by sector name; sectors not named get their cross_relevance (own sector 1).")
            .Boolean("origin_adopts", i => i.OriginAdopts, (i, v) => i.OriginAdopts = v, "Whether the originating firm starts as an adopter (the Bass case starts with none).");

    public static ObjectSchema<BrokerKindDefaults> BrokerKind { get; } =
        new ObjectSchema<BrokerKindDefaults>("broker kind defaults", () => new BrokerKindDefaults(), "Defaults for one kind of broker.")
            .Number("capacity", b => b.Capacity, (b, v) => b.Capacity = v, NumberRange.NonNegative, "Introductions (new brokered ties) per year, per `capacity_per_firms` firms of the cities it works in.")
            .Choice("reach", b => b.Reach, (b, v) => b.Reach = v, ReachChoices, "Whom it introduces: within_sector, across_sectors, or across_cities (other cities of its functional region).")
            .Number("outreach", b => b.Outreach, (b, v) => b.Outreach = v, NumberRange.NonNegative, "Firms reached with outreach (extra p for a tick) per year, per `capacity_per_firms` firms.");

    public static ObjectSchema<BrokerSpec> Broker { get; } =
        new ObjectSchema<BrokerSpec>("broker", () => new BrokerSpec(), "A broker written in the scenario, on top of the default ones.")
            .Choice("kind", b => b.Kind, (b, v) => b.Kind = v, BrokerKindChoices, "Kind of intermediary.")
            .Text("city", b => b.City, (b, v) => b.City = v, "Home city (required).")
            .OptionalText("sector", b => b.Sector, (b, v) => b.Sector = v, "For a sector network: the sector it serves (required for that kind).")
            .OptionalNumber("capacity", b => b.Capacity, (b, v) => b.Capacity = v, NumberRange.NonNegative, "Introductions per year per `capacity_per_firms` firms; null = the kind's default.")
            .OptionalChoice("reach", b => b.Reach, (b, v) => b.Reach = v, ReachChoices, "Reach; null = the kind's default.")
            .OptionalNumber("outreach", b => b.Outreach, (b, v) => b.Outreach = v, NumberRange.NonNegative, "Outreach per year per `capacity_per_firms` firms; null = the kind's default.");

    public static ObjectSchema<BrokersSpec> Brokers { get; } =
        new ObjectSchema<BrokersSpec>("brokers", () => new BrokersSpec(), "Neutral intermediaries: each city gets its universities and a local authority, each functional region a LEP.")
            .Boolean("enabled", b => b.Enabled, (b, v) => b.Enabled = v, "Whether there are brokers at all.")
            .Object("university", b => b.University, (b, v) => b.University = v, BrokerKind, "Defaults for university brokers.")
            .Object("lep", b => b.Lep, (b, v) => b.Lep = v, BrokerKind, "Defaults for Local Enterprise Partnerships (one per functional region).")
            .Object("local_authority", b => b.LocalAuthority, (b, v) => b.LocalAuthority = v, BrokerKind, "Defaults for local authority brokers (one per city).")
            .Object("sector_network", b => b.SectorNetwork, (b, v) => b.SectorNetwork = v, BrokerKind, "Defaults for sector networks (only those written in `inline`).")
            .Number("capacity_per_firms", b => b.CapacityPerFirms, (b, v) => b.CapacityPerFirms = v, NumberRange.Positive, "Capacity and outreach scale with the home city's firm count relative to this many firms.")
            .List("inline", b => b.Inline, (b, v) => b.Inline = v, Broker, "Extra brokers.");

    public static ObjectSchema<OutputsSpec> Outputs { get; } =
        new ObjectSchema<OutputsSpec>("outputs", () => new OutputsSpec(), "What a run writes.")
            .Boolean("events", o => o.Events, (o, v) => o.Events = v, "Write adoptions.parquet (one row per adoption event).");

    public static ObjectSchema<FeedbacksSpec> Feedbacks { get; } =
        new ObjectSchema<FeedbacksSpec>("feedbacks", () => new FeedbacksSpec(), "The cumulative-causation mechanisms, each switchable; all on by default.")
            .Boolean("exit", f => f.Exit, (f, v) => f.Exit = v, "Firms exit at a base hazard, much faster when their margin is negative.")
            .Boolean("entry", f => f.Entry, (f, v) => f.Entry = v, "New firms replace exits, towards a firm count that rises with the city's attractiveness.")
            .Boolean("relocation", f => f.Relocation, (f, v) => f.Relocation = v, "A small share of firms move towards more attractive cities, less so with distance.")
            .Boolean("rents", f => f.Rents, (f, v) => f.Rents = v, "Rents rise with a city's firm density and population (congestion, gentrification).")
            .Boolean("migration", f => f.Migration, (f, v) => f.Migration = v, "Skilled workers move towards cities whose wages and innovation rose, raising absorptive capacity there.");

    public static ObjectSchema<EconomySpec> Economy { get; } =
        new ObjectSchema<EconomySpec>("economy", () => new EconomySpec(), "Money per worker per year in model units: revenue = productivity; costs are wages, rent and business rates.")
            .Number("productivity_sd", e => e.ProductivitySd, (e, v) => e.ProductivitySd = v, NumberRange.NonNegative, "Standard deviation of log initial productivity within a city.")
            .Number("skills_productivity_effect", e => e.SkillsProductivityEffect, (e, v) => e.SkillsProductivityEffect = v, NumberRange.NonNegative, "How much a city's skills (centred at 0.5) raise log initial productivity.")
            .Number("wage_share", e => e.WageShare, (e, v) => e.WageShare = v, NumberRange.NonNegative, "Wages per worker as a share of the city's mean productivity.")
            .Number("floorspace", e => e.Floorspace, (e, v) => e.Floorspace = v, NumberRange.NonNegative, "Floorspace per worker; times the rent index gives rent per worker.")
            .Object("workers", e => e.Workers, (e, v) => e.Workers = v, SizeValues("Workers per firm", NumberRange.Positive), "Workers per firm by size class.")
            .Number("rateable_share", e => e.RateableShare, (e, v) => e.RateableShare = v, NumberRange.NonNegative, "Rateable value as a multiple of annual rent.")
            .Number("relief_full_below", e => e.ReliefFullBelow, (e, v) => e.ReliefFullBelow = v, NumberRange.NonNegative, "Small business rate relief is 100% up to this rateable value (England: £12,000).")
            .Number("relief_none_above", e => e.ReliefNoneAbove, (e, v) => e.ReliefNoneAbove = v, NumberRange.NonNegative, "…tapering to none at this rateable value (England: £15,000).")
            .Number("base_exit_rate", e => e.BaseExitRate, (e, v) => e.BaseExitRate = v, NumberRange.NonNegative, "Exit hazard per year of a firm with a healthy margin.")
            .Number("distress_exit_rate", e => e.DistressExitRate, (e, v) => e.DistressExitRate = v, NumberRange.NonNegative, "Extra exit hazard per year of a firm in distress (a logistic step in its margin).")
            .Number("distress_margin_scale", e => e.DistressMarginScale, (e, v) => e.DistressMarginScale = v, NumberRange.Positive, "Width of that step as a share of revenue; the extra hazard is half at a zero margin.")
            .Number("entry_elasticity", e => e.EntryElasticity, (e, v) => e.EntryElasticity = v, NumberRange.NonNegative, "Elasticity of a city's firm-count target to its attractiveness gained since tick 0; entrants replace exits towards it.")
            .Number("attract_productivity", e => e.AttractProductivity, (e, v) => e.AttractProductivity = v, NumberRange.NonNegative, "Weight of log relative mean productivity in log attractiveness.")
            .Number("attract_adoption", e => e.AttractAdoption, (e, v) => e.AttractAdoption = v, NumberRange.NonNegative, "Weight of the adoption-share gap to the national mean in log attractiveness.")
            .Number("attract_skills", e => e.AttractSkills, (e, v) => e.AttractSkills = v, NumberRange.NonNegative, "Weight of skills (difference from the mean) in log attractiveness.")
            .Number("attract_rent", e => e.AttractRent, (e, v) => e.AttractRent = v, NumberRange.NonNegative, "Weight of log rent relative to tick 0 in log attractiveness, with a minus sign (congestion).")
            .Number("relocation_rate", e => e.RelocationRate, (e, v) => e.RelocationRate = v, NumberRange.Unit, "Probability per year that a firm of its city's mean productivity considers moving.")
            .Number("relocation_selectivity", e => e.RelocationSelectivity, (e, v) => e.RelocationSelectivity = v, NumberRange.NonNegative, "Elasticity of that probability to the firm's productivity relative to its city's mean.")
            .Number("relocation_distance_km", e => e.RelocationDistanceKm, (e, v) => e.RelocationDistanceKm = v, NumberRange.Positive, "Distance over which a destination's pull falls by a factor e.")
            .Number("relocation_threshold", e => e.RelocationThreshold, (e, v) => e.RelocationThreshold = v, NumberRange.NonNegative, "Gain in log attractiveness since tick 0 over the firm's own city below which a move is not worth its cost.")
            .Number("relocation_certain_gain", e => e.RelocationCertainGain, (e, v) => e.RelocationCertainGain = v, NumberRange.Positive, "Total pull (gain above the threshold, distance-weighted) at which a firm considering a move surely moves; smaller pulls move proportionally fewer.")
            .Number("perception_years", e => e.PerceptionYears, (e, v) => e.PerceptionYears = v, NumberRange.NonNegative, "Time constant (years) of the moving average through which firms and skilled workers perceive a city's changes (0: instantly).")
            .Number("spinoff_inheritance", e => e.SpinoffInheritance, (e, v) => e.SpinoffInheritance = v, NumberRange.Unit, "Chance that an entrant brings each idea of the local firm of its sector it spun off from.")
            .Integer("new_firm_ties", e => e.NewFirmTies, (e, v) => e.NewFirmTies = v, 0, "Local ties an entering or relocating firm makes in its city.")
            .Number("rent_density", e => e.RentDensity, (e, v) => e.RentDensity = v, NumberRange.NonNegative, "Elasticity of the target rent to firm density (firms now / at the start).")
            .Number("rent_population", e => e.RentPopulation, (e, v) => e.RentPopulation = v, NumberRange.NonNegative, "Elasticity of the target rent to population (now / at the start).")
            .Number("pounds_per_unit", e => e.PoundsPerUnit, (e, v) => e.PoundsPerUnit = v, NumberRange.Positive, "£ per model money unit, to cost rate relief and procurement revenue (a model firm stands for many real ones).")
            .Number("rent_adjustment", e => e.RentAdjustment, (e, v) => e.RentAdjustment = v, NumberRange.Unit, "Share of the gap to the target rent closed per year.");

    public static ObjectSchema<MigrationSpec> Migration { get; } =
        new ObjectSchema<MigrationSpec>("migration", () => new MigrationSpec(), "Skilled workers moving between cities, in response to changes since tick 0 (a spatial equilibrium).")
            .Number("rate", m => m.Rate, (m, v) => m.Rate = v, NumberRange.NonNegative, "Share of a city's skilled workers per year moving to a destination per unit of utility gain (log points), before distance decay.")
            .Number("distance_km", m => m.DistanceKm, (m, v) => m.DistanceKm = v, NumberRange.Positive, "Distance over which a destination's pull falls by a factor e.")
            .Number("threshold", m => m.Threshold, (m, v) => m.Threshold = v, NumberRange.NonNegative, "Utility gain (log points) below which nobody moves (moving costs).")
            .Number("wage_weight", m => m.WageWeight, (m, v) => m.WageWeight = v, NumberRange.NonNegative, "Weight of log wage growth since tick 0 in a city's utility.")
            .Number("innovation_weight", m => m.InnovationWeight, (m, v) => m.InnovationWeight = v, NumberRange.NonNegative, "Weight of adoption-share growth since tick 0 in a city's utility.")
            .Number("rent_weight", m => m.RentWeight, (m, v) => m.RentWeight = v, NumberRange.NonNegative, "Weight of log rent growth since tick 0, with a minus sign (housing costs).");

    public static readonly string[] PolicyTypeChoices =
        ["innovation_fund", "business_rate_cut", "public_procurement", "broker", "enterprise_zone", "multi_area_agreement", "skills", "allocation"];
    public static readonly string[] AllocationModeChoices = ["place_based", "national"];

    public static ObjectSchema<PolicySpec> Policy { get; } =
        new ObjectSchema<PolicySpec>("policy", () => new PolicySpec(), "A policy lever: type, targets, window, budget (£) and the parameters its type reads (docs/model.md, Policy levers).")
            .Choice("type", p => p.Type, (p, v) => p.Type = v, PolicyTypeChoices, "Which lever.")
            .Text("label", p => p.Label, (p, v) => p.Label = v, "Name in policy_ticks.parquet; \"\" = type#index.")
            .List("cities", p => p.Cities, (p, v) => p.Cities = v, new StringSchema(), "Target cities by name (a city is targeted if cities, classes or regions names it; all three empty = every city).")
            .List("classes", p => p.Classes, (p, v) => p.Classes = v, new StringSchema(), "Target cities by typology class.")
            .List("regions", p => p.Regions, (p, v) => p.Regions = v, new StringSchema(), "Target cities by region.")
            .List("sectors", p => p.Sectors, (p, v) => p.Sectors = v, new StringSchema(), "Target sectors; empty = every sector.")
            .Integer("start", p => p.Start, (p, v) => p.Start = v, 1, "First tick the lever acts in.")
            .Integer("end", p => p.End, (p, v) => p.End = v, 0, "Last tick it acts in; 0 = to the end of the run.")
            .Number("budget", p => p.Budget, (p, v) => p.Budget = v, NumberRange.NonNegative, "Money over the whole window, £; nothing is spent beyond it (0: the lever does nothing).")
            .Number("introductions_per_tick", p => p.IntroductionsPerTick, (p, v) => p.IntroductionsPerTick = v, NumberRange.NonNegative, "Extra brokered introductions per tick per target city (innovation_fund, broker, multi_area_agreement, allocation).")
            .Number("outreach_per_tick", p => p.OutreachPerTick, (p, v) => p.OutreachPerTick = v, NumberRange.NonNegative, "Firms reached with outreach per tick per target city (innovation_fund, broker, allocation).")
            .Number("p_boost", p => p.PBoost, (p, v) => p.PBoost = v, NumberRange.NonNegative, "Extra p per year for firms reached (outreach) or in the lead market (public_procurement).")
            .Number("rate_cut", p => p.RateCut, (p, v) => p.RateCut = v, NumberRange.Unit, "Share of business rates taken off (business_rate_cut, enterprise_zone).")
            .Number("revenue_bonus", p => p.RevenueBonus, (p, v) => p.RevenueBonus = v, NumberRange.NonNegative, "Extra revenue per worker per year for adopters in the lead market, model units (public_procurement).")
            .Number("relocation_bonus", p => p.RelocationBonus, (p, v) => p.RelocationBonus = v, NumberRange.NonNegative, "Extra pull of a zone for relocating firms, share of attractiveness (enterprise_zone).")
            .Number("absorptive_gain", p => p.AbsorptiveGain, (p, v) => p.AbsorptiveGain = v, NumberRange.Unit, "Share of the gap of absorptive capacity to 1 closed per year (skills).")
            .Choice("broker_kind", p => p.BrokerKind, (p, v) => p.BrokerKind = v, BrokerKindChoices, "Kind of broker added (broker).")
            .Choice("broker_reach", p => p.BrokerReach, (p, v) => p.BrokerReach = v, ReachChoices, "Reach of the broker added (broker).")
            .Choice("mode", p => p.Mode, (p, v) => p.Mode = v, AllocationModeChoices, "place_based: each city funds its strongest sector by location quotient; national: one priority sector everywhere (allocation).")
            .Text("priority_sector", p => p.PrioritySector, (p, v) => p.PrioritySector = v, "The one sector a national allocation funds.")
            .Number("cost_per_introduction", p => p.CostPerIntroduction, (p, v) => p.CostPerIntroduction = v, NumberRange.NonNegative, "£ per brokered introduction.")
            .Number("cost_per_outreach", p => p.CostPerOutreach, (p, v) => p.CostPerOutreach = v, NumberRange.NonNegative, "£ per firm reached with outreach.")
            .Number("cost_per_firm_year", p => p.CostPerFirmYear, (p, v) => p.CostPerFirmYear = v, NumberRange.NonNegative, "£ per firm per year supported (lead market, skills).")
            .Number("relocation_grant", p => p.RelocationGrant, (p, v) => p.RelocationGrant = v, NumberRange.NonNegative, "£ paid per firm moving into an enterprise zone.");

    public static ObjectSchema<ScenarioSpec> Root { get; } =
        new ObjectSchema<ScenarioSpec>("scenario", () => new ScenarioSpec(), "A scenario: every key has a default, so an empty file is a valid scenario (apart from needing a city).")
            .Text("name", s => s.Name, (s, v) => s.Name = v, "Name used in outputs (run folders, the `scenario` column). Not inherited through `extends`.", defaultText: "the file name without extension")
            .Text("description", s => s.Description, (s, v) => s.Description = v, "What the scenario is for. Not inherited through `extends`.")
            .Long("seed", s => s.Seed, (s, v) => s.Seed = v, "Seed of every random stream (`run --seed` overrides it).")
            .Integer("ticks", s => s.Ticks, (s, v) => s.Ticks = v, 0, "Number of ticks to run (`run --ticks` overrides it).")
            .Object("tick", s => s.Tick, (s, v) => s.Tick = v, Tick, "Length and name of one tick.")
            .Object("cities", s => s.Cities, (s, v) => s.Cities = v, Cities, "The system of cities.")
            .Map("classes", s => s.Classes, (s, v) => s.Classes = v, ClassDefaults, MapMerge.MergeEntries, "Default attributes by typology class; written classes update or add to the five Streets Ahead classes.")
            .List("sectors", s => s.Sectors, (s, v) => s.Sectors = v, Sector, "The sectors; a written list replaces the default four.")
            .Object("firms", s => s.Firms, (s, v) => s.Firms = v, Firms, "Firm counts and attributes.")
            .Object("network", s => s.Network, (s, v) => s.Network = v, Network, "Ties between firms.")
            .Object("adoption", s => s.Adoption, (s, v) => s.Adoption = v, Adoption, "The adoption hazard.")
            .Object("invention", s => s.Invention, (s, v) => s.Invention = v, Invention, "Invention of new ideas.")
            .List("ideas", s => s.Ideas, (s, v) => s.Ideas = v, Idea, "Ideas written in the scenario (on top of invented ones).")
            .Object("brokers", s => s.Brokers, (s, v) => s.Brokers = v, Brokers, "Brokers.")
            .Object("feedbacks", s => s.Feedbacks, (s, v) => s.Feedbacks = v, Feedbacks, "Switches for the cumulative-causation mechanisms.")
            .Object("economy", s => s.Economy, (s, v) => s.Economy = v, Economy, "Productivity, margins, entry, exit, relocation and rents.")
            .Object("migration", s => s.Migration, (s, v) => s.Migration = v, Migration, "Skilled workers moving between cities.")
            .List("policies", s => s.Policies, (s, v) => s.Policies = v, Policy, "Policy levers (none by default).")
            .Object("outputs", s => s.Outputs, (s, v) => s.Outputs = v, Outputs, "Outputs of a run.");
}

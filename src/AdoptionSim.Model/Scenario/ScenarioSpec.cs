using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>
/// A scenario as written in a file: every field has a default, so an empty file is a valid scenario.
/// Mutable while it is loaded and overridden (<c>--set</c>); <see cref="ScenarioValidator"/> checks it
/// and the model reads it without changing it. Each spec class declares its keys (range, doc) once, in its
/// <c>Schema</c>, next to the properties that hold their defaults: see <see cref="ScenarioSchema"/>.
/// </summary>
public sealed class ScenarioSpec
{
    public string Name { get; set; } = "scenario";
    public string Description { get; set; } = "";
    public long Seed { get; set; } = 1;
    public int Ticks { get; set; } = 60;
    public TickSpec Tick { get; set; } = new();
    public CitiesSpec Cities { get; set; } = new();
    public Dictionary<string, ClassDefaultsSpec> Classes { get; set; } = ClassDefaultsSpec.StreetsAhead();
    public List<SectorSpec> Sectors { get; set; } = SectorSpec.Defaults();
    public FirmsSpec Firms { get; set; } = new();
    public NetworkSpec Network { get; set; } = new();
    public AdoptionSpec Adoption { get; set; } = new();
    public InventionSpec Invention { get; set; } = new();
    public List<IdeaSpec> Ideas { get; set; } = [];
    public BrokersSpec Brokers { get; set; } = new();
    public FeedbacksSpec Feedbacks { get; set; } = new();
    public EconomySpec Economy { get; set; } = new();
    public List<PolicySpec> Policies { get; set; } = [];
    public OutputsSpec Outputs { get; set; } = new();

    /// <summary>Where the scenario came from (the file path), for resolving relative paths and for errors; not a key.</summary>
    public string? SourcePath { get; set; }

    public static ObjectSchema<ScenarioSpec> Schema { get; } =
        new ObjectSchema<ScenarioSpec>("scenario", () => new ScenarioSpec(), "A scenario: every key has a default, so an empty file is a valid scenario (apart from needing a city).")
            .Text(s => s.Name, "Name used in outputs (run folders, the `scenario` column). Not inherited through `extends`.", defaultText: "the file name without extension")
            .Text(s => s.Description, "What the scenario is for. Not inherited through `extends`.")
            .Long(s => s.Seed, "Seed of every random stream (`run --seed` overrides it).")
            .Integer(s => s.Ticks, 0, "Number of ticks to run (`run --ticks` overrides it).")
            .Object(s => s.Tick, TickSpec.Schema, "Length and name of one tick.")
            .Object(s => s.Cities, CitiesSpec.Schema, "The system of cities.")
            .Map(s => s.Classes, ClassDefaultsSpec.Schema, MapMerge.MergeEntries, "Default attributes by typology class; written classes update or add to the five Streets Ahead classes.")
            .List(s => s.Sectors, SectorSpec.Schema, "The sectors; a written list replaces the default four.")
            .Object(s => s.Firms, FirmsSpec.Schema, "Firm counts and attributes.")
            .Object(s => s.Network, NetworkSpec.Schema, "Ties between firms.")
            .Object(s => s.Adoption, AdoptionSpec.Schema, "The adoption hazard.")
            .Object(s => s.Invention, InventionSpec.Schema, "Invention of new ideas.")
            .List(s => s.Ideas, IdeaSpec.Schema, "Ideas written in the scenario (on top of invented ones).")
            .Object(s => s.Brokers, BrokersSpec.Schema, "Brokers.")
            .Object(s => s.Feedbacks, FeedbacksSpec.Schema, "Switches for the cumulative-causation mechanisms.")
            .Object(s => s.Economy, EconomySpec.Schema, "Productivity, margins, entry, exit, relocation and rents.")
            .List(s => s.Policies, PolicySpec.Schema, "Policy levers (none by default).")
            .Object(s => s.Outputs, OutputsSpec.Schema, "Outputs of a run.");
}

/// <summary>What one tick of simulated time is (keys in <see cref="Schema"/>).</summary>
public sealed class TickSpec
{
    public string Label { get; set; } = "quarter";
    public double Years { get; set; } = 0.25;

    public static ObjectSchema<TickSpec> Schema { get; } =
        new ObjectSchema<TickSpec>("tick", () => new TickSpec(), "What one tick of simulated time is.")
            .Text(t => t.Label, "What one tick is called in outputs and figures.")
            .Number(t => t.Years, NumberRange.Positive, "Length of one tick in years (Δt); every rate in the scenario is per year.");
}

/// <summary>What a run writes (keys in <see cref="Schema"/>).</summary>
public sealed class OutputsSpec
{
    public bool Events { get; set; } = true;

    public static ObjectSchema<OutputsSpec> Schema { get; } =
        new ObjectSchema<OutputsSpec>("outputs", () => new OutputsSpec(), "What a run writes.")
            .Boolean(o => o.Events, "Write adoptions.parquet (one row per adoption event).");
}

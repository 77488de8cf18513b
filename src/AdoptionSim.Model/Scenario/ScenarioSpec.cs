using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>
/// A scenario as written in a file: every field has a default, so an empty file is a valid scenario.
/// Mutable while it is loaded and overridden (<c>--set</c>); <see cref="ScenarioValidator"/> checks it
/// and the model reads it without changing it. Its keys are declared in <c>ScenarioSchema</c> (which includes
/// the lever catalogue, so it lives above this namespace); every other spec class declares its own keys in
/// its <c>Schema</c>, next to the properties that hold their defaults.
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
    public MigrationSpec Migration { get; set; } = new();
    public List<PolicySpec> Policies { get; set; } = [];
    public GovernanceSpec Governance { get; set; } = new();
    public OutputsSpec Outputs { get; set; } = new();

    /// <summary>Where the scenario came from (the file path), for resolving relative paths and for errors; not a key.</summary>
    public string? SourcePath { get; set; }
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

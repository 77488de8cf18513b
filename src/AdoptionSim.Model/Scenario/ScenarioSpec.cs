namespace AdoptionSim.Model.Scenario;

/// <summary>
/// A scenario as written in a file: every field has a default, so an empty file is a valid scenario.
/// Mutable while it is loaded and overridden (<c>--set</c>); <see cref="ScenarioValidator"/> checks it
/// and the model reads it without changing it. Field docs and ranges live in the schema
/// (<c>ScenarioSchema</c>), which also generates docs/scenarios.md.
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
    public OutputsSpec Outputs { get; set; } = new();

    /// <summary>Where the scenario came from (the file path), for resolving relative paths and for errors.</summary>
    public string? SourcePath { get; set; }
}

public sealed class TickSpec
{
    /// <summary>What one tick is called in outputs and figures.</summary>
    public string Label { get; set; } = "quarter";

    /// <summary>Length of one tick in years (Δt); rates in the scenario are per year.</summary>
    public double Years { get; set; } = 0.25;
}

public sealed class OutputsSpec
{
    /// <summary>Write adoptions.parquet (one row per adoption event).</summary>
    public bool Events { get; set; } = true;
}

namespace AdoptionSim.Model.Scenario;

public sealed class InventionSpec
{
    public bool Enabled { get; set; } = true;

    /// <summary>Probability per firm per year of inventing a new idea, before multipliers.</summary>
    public double BaseRate { get; set; } = 0.0001;

    /// <summary>Multipliers of the invention rate by size class.</summary>
    public SizeValues SizeMultiplier { get; set; } = new() { Micro = 0.5, Small = 1, Medium = 2, Large = 4, Anchor = 10 };

    /// <summary>Multiplier for firms with a tie to a university broker.</summary>
    public double UniversityMultiplier { get; set; } = 2.0;

    /// <summary>Ideas that exist at tick 0, each born in a firm drawn with the invention weights.</summary>
    public int InitialIdeas { get; set; } = 6;

    /// <summary>Mean complexity c of a new idea (Beta distributed).</summary>
    public double ComplexityMean { get; set; } = 0.4;

    /// <summary>Concentration α+β of the Beta distribution of complexity (larger: less spread).</summary>
    public double ComplexityConcentration { get; set; } = 6.0;

    /// <summary>Mean value (proportional productivity uplift) of a new idea (exponential).</summary>
    public double ValueMean { get; set; } = 0.05;

    /// <summary>Upper bound on the number of ideas in a run; invention stops there (bounds memory: firms × ideas).</summary>
    public int MaxIdeas { get; set; } = 128;
}

/// <summary>An idea that exists from a given tick, written in the scenario (e.g. the Bass case's one idea).</summary>
public sealed class IdeaSpec
{
    /// <summary>City of the originating firm (a firm of that city is drawn); "" = the first city.</summary>
    public string City { get; set; } = "";

    /// <summary>Sector of the originating firm; "" = the first sector.</summary>
    public string Sector { get; set; } = "";

    public int Tick { get; set; }
    public double Complexity { get; set; }
    public double Value { get; set; } = 0.05;

    /// <summary>Relevance by sector; sectors not named get the sector's cross relevance (own sector 1).</summary>
    public Dictionary<string, double>? Relevance { get; set; }

    /// <summary>Whether the originating firm starts as an adopter (the Bass case starts with none).</summary>
    public bool OriginAdopts { get; set; } = true;
}

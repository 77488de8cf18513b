namespace AdoptionSim.Model.Scenario;

public sealed class FirmsSpec
{
    /// <summary>Modelled firms per 1,000 inhabitants before scaling (UK: about 80 businesses per 1,000; a model firm stands for many).</summary>
    public double PerThousand { get; set; } = 2.0;

    /// <summary>Global scale factor on firm counts: 0.1 for a quick classroom run, 10 for research.</summary>
    public double Scale { get; set; } = 1.0;

    /// <summary>Exact firm count for a single-city scenario, overriding the population rule (0 = use the rule).</summary>
    public int Count { get; set; }

    /// <summary>Fewest firms a city gets, so that small cities still have a network.</summary>
    public int MinPerCity { get; set; } = 20;

    /// <summary>Shares of micro, small, medium and large firms (anchors come on top).</summary>
    public SizeShares SizeShares { get; set; } = new();

    /// <summary>Mean absorptive capacity by size class; drawn from a Beta distribution with this mean, shifted by the city's skills.</summary>
    public SizeValues AbsorptiveMean { get; set; } = new() { Micro = 0.35, Small = 0.45, Medium = 0.55, Large = 0.65, Anchor = 0.8 };

    /// <summary>Concentration (α+β) of the Beta distribution of absorptive capacity; larger is less spread.</summary>
    public double AbsorptiveConcentration { get; set; } = 8.0;

    /// <summary>How much a city's skills (0..1, centred at 0.5) shift mean absorptive capacity.</summary>
    public double SkillsEffect { get; set; } = 0.6;

    /// <summary>Absorptive capacity of every firm, overriding the distribution (for the Bass case); null = draw.</summary>
    public double? AbsorptiveFixed { get; set; }
}

public sealed class SizeShares
{
    public double Micro { get; set; } = 0.80;
    public double Small { get; set; } = 0.15;
    public double Medium { get; set; } = 0.04;
    public double Large { get; set; } = 0.01;
}

/// <summary>A number per size class, anchors separately.</summary>
public sealed class SizeValues
{
    public double Micro { get; set; }
    public double Small { get; set; }
    public double Medium { get; set; }
    public double Large { get; set; }
    public double Anchor { get; set; }
}

namespace AdoptionSim.Model.Scenario;

public sealed class NetworkSpec
{
    /// <summary>"network": explicit ties; "full": fully mixed, S = share of adopters among all other firms (the Bass case).</summary>
    public string Mixing { get; set; } = "network";

    /// <summary>Mean number of local ties by size class (degree grows with size).</summary>
    public SizeValues LocalDegree { get; set; } = new() { Micro = 4, Small = 6, Medium = 10, Large = 16, Anchor = 24 };

    /// <summary>Probability that a local tie is to a firm of the same sector.</summary>
    public double Homophily { get; set; } = 0.75;

    /// <summary>Share of local ties rewired to a random firm of the city (small-world shortcuts).</summary>
    public double Rewire { get; set; } = 0.1;

    /// <summary>Supplier ties of each anchor firm, to firms of its city and other sectors.</summary>
    public int AnchorSuppliers { get; set; } = 30;

    /// <summary>Mean number of inter-city ties per firm, shared between city pairs by the gravity model.</summary>
    public double IntercityTiesPerFirm { get; set; } = 0.5;

    /// <summary>Distance decay exponent β of the gravity model P_i·P_j / d_ij^β.</summary>
    public double GravityBeta { get; set; } = 1.5;

    /// <summary>Smallest distance (km) used in the gravity model, so that near cities do not dominate.</summary>
    public double GravityMinKm { get; set; } = 10;

    /// <summary>Trust weight of a tie between competitors (same sector, same city) unless a broker made it.</summary>
    public double CompetitorTrust { get; set; } = 0.5;

    /// <summary>Trust weight of a brokered tie.</summary>
    public double BrokeredTrust { get; set; } = 1.0;

    /// <summary>A brokered tie that carries no adoption for this many years decays (is removed).</summary>
    public double BrokeredTieYears { get; set; } = 2.0;
}

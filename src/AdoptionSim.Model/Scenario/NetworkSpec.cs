using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>How firms see each other's adoptions (file names: network, full).</summary>
public enum Mixing
{
    /// <summary>Through explicit ties.</summary>
    Network,

    /// <summary>Fully mixed: S is the share of adopters among all other firms (the Bass case).</summary>
    Full,
}

/// <summary>The <c>network</c> section (keys in <see cref="Schema"/>): ties between firms.</summary>
public sealed class NetworkSpec
{
    public Mixing Mixing { get; set; } = Mixing.Network;
    public SizeValues LocalDegree { get; set; } = new() { Micro = 4, Small = 6, Medium = 10, Large = 16, Anchor = 24 };
    public double Homophily { get; set; } = 0.75;
    public double Rewire { get; set; } = 0.1;
    public int AnchorSuppliers { get; set; } = 30;
    public double IntercityTiesPerFirm { get; set; } = 0.5;
    public double GravityBeta { get; set; } = 1.5;
    public double GravityMinKm { get; set; } = 10;
    public double CompetitorTrust { get; set; } = 0.5;
    public double BrokeredTrust { get; set; } = 1.0;
    public double BrokeredTieYears { get; set; } = 2.0;
    public double CommutingBeta { get; set; } = 3.0;
    public double CommutingTie { get; set; } = 0.15;

    public static ObjectSchema<NetworkSpec> Schema { get; } =
        new ObjectSchema<NetworkSpec>("network", () => new NetworkSpec(), "Ties between firms: local, inter-city (gravity) and brokered.")
            .Enum(n => n.Mixing, "network: explicit ties; full: fully mixed, S = share of adopters among all other firms (the Bass case).")
            .Object(n => n.LocalDegree, SizeValues.Schema("Mean number of local ties", NumberRange.NonNegative), "Mean number of local ties by size class (degree grows with size).")
            .Number(n => n.Homophily, NumberRange.Unit, "Probability that a local tie is to a firm of the same sector.")
            .Number(n => n.Rewire, NumberRange.Unit, "Share of local ties rewired to a random firm of the city (small-world shortcuts).")
            .Integer(n => n.AnchorSuppliers, 0, "Supplier ties of each anchor firm, to firms of its city and other sectors.")
            .Number(n => n.IntercityTiesPerFirm, NumberRange.NonNegative, "Mean inter-city ties per firm, shared between city pairs by the gravity model.")
            .Number(n => n.GravityBeta, NumberRange.NonNegative, "Distance decay exponent β of the gravity model P_i·P_j / d_ij^β.")
            .Number(n => n.GravityMinKm, NumberRange.Positive, "Smallest distance (km) in the gravity model, so that near cities do not dominate.")
            .Number(n => n.CompetitorTrust, NumberRange.Unit, "Trust weight of a tie between competitors (same sector, same city) unless a broker made it.")
            .Number(n => n.BrokeredTrust, NumberRange.Unit, "Trust weight of a brokered tie.")
            .Number(n => n.BrokeredTieYears, NumberRange.Positive, "Years a brokered tie survives without carrying an adoption before it decays.")
            .Number(n => n.CommutingBeta, NumberRange.NonNegative, "Distance decay exponent of the commuting-like gravity P_i·P_j / d_ij^β from which functional regions are computed (steeper than trade ties: commuting is local).")
            .Number(n => n.CommutingTie, NumberRange.Unit, "Two cities are in one functional region when G_ij / √(T_i·T_j) (T_i: all of i's gravity) reaches this; a region is a connected group (docs/model.md §7.5).");
}

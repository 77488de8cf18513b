namespace AdoptionSim.Model.State;

/// <summary>How an adoption came about, decided in proportion to the parts of the hazard.</summary>
public enum Channel : byte
{
    /// <summary>The external term p (trade press, consultants, the idea being "in the air").</summary>
    External = 0,

    /// <summary>Imitation of contacts on ordinary (local, supply-chain, inter-city) ties.</summary>
    Peer = 1,

    /// <summary>Imitation of contacts on broker-made ties, or a broker's outreach raising p.</summary>
    Brokered = 2,

    /// <summary>The public sector as lead customer raising p (public_procurement lever).</summary>
    Procurement = 3,
}

public static class Channels
{
    public const int Count = 4;

    public static readonly string[] Names = ["external", "peer", "brokered", "procurement"];
}

namespace AdoptionSim.Core.Random;

/// <summary>
/// What a random stream is for. The numbers are part of the results' identity: never renumber,
/// only append, or the same seed stops giving the same run.
/// </summary>
public enum StreamPurpose : ulong
{
    FirmCreation = 1,
    LocalNetwork = 2,
    IntercityNetwork = 3,
    AnchorNetwork = 4,
    Invention = 5,
    IdeaAttributes = 6,
    Adoption = 7,
    Brokerage = 8,
    TieDecay = 9,
    Exit = 10,
    Entry = 11,
    Relocation = 12,
    Policy = 13,
    /// <summary>Was the removed <c>bench bass</c> copy of the kernel; kept so that no number is ever reused.</summary>
    Benchmark = 14,
    Experiment = 15,
    InitialState = 16,
    FirmIdentity = 17,
    EntrantIdentity = 18,
    Migration = 19,

    /// <summary>Critical moments of the governance layer (numbered apart from the others so that branches adding purposes do not collide).</summary>
    Governance = 32,
}

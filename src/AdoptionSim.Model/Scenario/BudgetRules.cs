namespace AdoptionSim.Model.Scenario;

/// <summary>
/// How a lever spreads its budget over the ticks of its window (file names: even, front_loaded, back_loaded).
/// docs/model.md §7.5 gives the weights.
/// </summary>
public enum SpendProfile
{
    /// <summary>The same amount every tick.</summary>
    Even,

    /// <summary>Falling linearly: the first tick gets about twice the even amount, the last almost nothing.</summary>
    FrontLoaded,

    /// <summary>Rising linearly: the mirror of front-loaded.</summary>
    BackLoaded,
}

/// <summary>What happens to money a city does not spend in a tick (file names: carry_over, return).</summary>
public enum UnspentRule
{
    /// <summary>It stays with the city, spent at most 10% above the schedule in any later tick; what is left when the window closes is returned.</summary>
    CarryOver,

    /// <summary>It goes back to the Treasury at the start of the next tick.</summary>
    Return,
}

/// <summary>How a lever shares its budget between its eligible cities (file names: per_head, per_firm, by_need, by_strength, competitive_bid).</summary>
public enum AllocationRule
{
    /// <summary>In proportion to population.</summary>
    PerHead,

    /// <summary>In proportion to the eligible firms (of the lever's sectors).</summary>
    PerFirm,

    /// <summary>Per head, weighted by need: national productivity per worker over the city's.</summary>
    ByNeed,

    /// <summary>Per head, weighted by strength: the location quotient of the sectors the lever funds.</summary>
    ByStrength,

    /// <summary>Cities bid what the lever's rates would cost them over the window; the best-scoring bids are funded until the pot is spent.</summary>
    CompetitiveBid,
}

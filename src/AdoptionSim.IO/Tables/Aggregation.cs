namespace AdoptionSim.IO.Tables;

/// <summary>
/// How a measure column of a per-place table combines over the places of one tick into a total, e.g. the
/// cities of city_ticks into the national figures of a summary. Declared with the column, so the summary
/// and the documentation follow the declaration.
/// </summary>
public enum Aggregation
{
    /// <summary>Not combined: an identity column, or a level with no meaningful total.</summary>
    None,

    /// <summary>Summed over the places (counts and flows).</summary>
    Sum,

    /// <summary>The largest value (a quantity every place shares, such as the ideas available).</summary>
    Max,

    /// <summary>Mean over the places, weighted by the table's weight column (city_ticks: firms), over places whose weight is positive.</summary>
    WeightedMean,
}

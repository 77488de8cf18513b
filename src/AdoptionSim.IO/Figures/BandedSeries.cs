namespace AdoptionSim.IO.Figures;

/// <summary>
/// A series over time with an optional 95% interval: from a single run only <see cref="Mean"/> (the
/// value itself); from a sweep the mean over replications and the interval bounds.
/// </summary>
public sealed record BandedSeries(IReadOnlyList<double> Mean, IReadOnlyList<double>? Lower = null, IReadOnlyList<double>? Upper = null)
{
    public bool HasBand => Lower is not null && Upper is not null;

    internal void Validate(TimeAxis time, string what)
    {
        if ((Lower is null) != (Upper is null))
            throw new ArgumentException($"{what}: give both interval bounds or neither.");
        time.RequireLength(Mean, what);
        time.RequireLength(Lower, what + " (lower bound)");
        time.RequireLength(Upper, what + " (upper bound)");
    }
}

namespace AdoptionSim.Model.Measures;

/// <summary>
/// Theil T index with its exact additive decomposition into a between-group and a within-group part
/// (Theil 1967; Shorrocks 1980 shows T is the additively decomposable measure with income-share weights).
/// </summary>
/// <param name="Total">T = Σ_i (w_i/W)(x_i/μ) ln(x_i/μ).</param>
/// <param name="Between">Σ_g (W_g/W)(μ_g/μ) ln(μ_g/μ): the index if every city had its group's mean.</param>
/// <param name="Within">Σ_g s_g T_g with s_g = W_g μ_g / (W μ) the group's share of the total: inequality inside groups.</param>
public readonly record struct TheilDecomposition(double Total, double Between, double Within)
{
    /// <summary>All three parts NaN: the index is not defined (no cities, a negative value, or a zero mean).</summary>
    public static TheilDecomposition Undefined { get; } = new(double.NaN, double.NaN, double.NaN);
}

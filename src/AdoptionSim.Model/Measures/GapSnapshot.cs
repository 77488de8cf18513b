namespace AdoptionSim.Model.Measures;

/// <summary>
/// The gap between cities at one tick for one variable (e.g. adoption share or mean productivity),
/// as written to one row of <c>gap_ticks</c>. Conventions (which measures are population-weighted,
/// how zeros and degenerate inputs are handled) are documented on <see cref="GapMeasures"/> and in
/// <c>docs/measures.md</c>.
/// </summary>
/// <param name="Cv">Coefficient of variation, population-weighted (Williamson 1965).</param>
/// <param name="SdLog">Standard deviation of natural logs, unweighted, divisor N, over strictly positive values only (σ-convergence, Barro and Sala-i-Martin 1992).</param>
/// <param name="Theil">Theil T index, population-weighted (Theil 1967).</param>
/// <param name="TheilBetween">Between-group part of <paramref name="Theil"/> (groups = Streets Ahead classes).</param>
/// <param name="TheilWithin">Within-group part of <paramref name="Theil"/>; <c>TheilBetween + TheilWithin == Theil</c> to rounding.</param>
/// <param name="Gini">Gini coefficient, population-weighted, divisor W² (no small-sample correction).</param>
/// <param name="TopBottomQuintileRatio">Mean of the top fifth over mean of the bottom fifth of the population-weighted distribution across cities.</param>
/// <param name="Count">Cities used: finite value and positive weight.</param>
/// <param name="NonPositiveCount">Cities among <paramref name="Count"/> left out of <paramref name="SdLog"/> because their value is ≤ 0.</param>
public readonly record struct GapSnapshot(
    double Cv,
    double SdLog,
    double Theil,
    double TheilBetween,
    double TheilWithin,
    double Gini,
    double TopBottomQuintileRatio,
    int Count,
    int NonPositiveCount)
{
    /// <summary>The snapshot of an empty set of cities: every measure NaN, no cities.</summary>
    public static GapSnapshot Empty { get; } =
        new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0, 0);
}

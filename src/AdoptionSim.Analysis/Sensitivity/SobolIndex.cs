namespace AdoptionSim.Analysis.Sensitivity;

/// <summary>
/// The first-order index S_i (share of the output variance due to parameter i alone) and the total index
/// ST_i (share due to i including all its interactions) of one parameter, with bootstrap confidence intervals.
/// </summary>
public readonly record struct SobolIndex(string Parameter, double First, Interval FirstInterval, double Total, Interval TotalInterval);

/// <summary>The Sobol' indices of one output from a <see cref="Sampling.SaltelliDesign"/>.</summary>
/// <param name="Indices">One per parameter, in the space's order.</param>
/// <param name="Mean">The output mean over the runs of A and B.</param>
/// <param name="Variance">The output variance V over the runs of A and B (the indices' denominator).</param>
/// <param name="BaseSamples">N of the design.</param>
/// <param name="Bootstrap">How the intervals were made.</param>
public sealed record SobolResult(IReadOnlyList<SobolIndex> Indices, double Mean, double Variance, int BaseSamples, BootstrapOptions Bootstrap);

namespace AdoptionSim.Analysis.Sensitivity;

/// <summary>
/// Morris's screening measures of one parameter over r trajectories: the mean μ of its elementary effects, the
/// mean μ* of their absolute values (Campolongo et al. 2007; a large μ* means an influential parameter) and
/// their standard deviation σ (large means non-linear or interacting), with a bootstrap interval for μ*.
/// Effects are per unit of the parameter's normalised range: for a linear parameter on [a, b], the change of
/// the output when the parameter moves from a to b.
/// </summary>
public readonly record struct ElementaryEffects(string Parameter, double Mu, double MuStar, double Sigma, Interval MuStarInterval);

namespace AdoptionSim.Analysis.Calibration;

/// <summary>
/// One model run to make: the parameters' model values (in the order of the <see cref="ParameterSpace"/>) and
/// the run's seed (non-negative, 53 bits, like a sweep's replicate seeds). The algorithms choose the seeds: the
/// same replicate seeds at every parameter point for the method of moments (common random numbers), a fresh seed
/// per proposal for ABC.
/// </summary>
public readonly record struct SimulationRequest(IReadOnlyList<double> Values, long Seed);

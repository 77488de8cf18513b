using AdoptionSim.Analysis;
using AdoptionSim.Analysis.Sampling;
using AdoptionSim.Analysis.Sensitivity;

namespace AdoptionSim.IO.Sensitivity;

/// <summary>The estimates for one response: Morris's effects or Sobol' indices (the other null).</summary>
public sealed record ResponseEstimates(SensitivityResponse Response, IReadOnlyList<ElementaryEffects>? Morris, SobolResult? Sobol);

/// <summary>
/// A sensitivity file's design, fixed before any run: Morris trajectories or a Saltelli design over the file's
/// parameters, seeded by the file's seed, and the estimator that goes with it.
/// </summary>
public sealed class SensitivityDesign
{
    private readonly MorrisDesign? _morris;
    private readonly SaltelliDesign? _saltelli;

    private SensitivityDesign(MorrisDesign? morris, SaltelliDesign? saltelli)
    {
        _morris = morris;
        _saltelli = saltelli;
    }

    public static SensitivityDesign Create(SensitivitySpec spec)
    {
        var seed = (ulong)spec.Setup.Seed;
        return spec.Method == SensitivityMethod.Morris
            ? new SensitivityDesign(MorrisDesign.Create(spec.Setup.Space, spec.Trajectories, spec.Levels, seed, spec.Candidates), null)
            : new SensitivityDesign(null, SaltelliDesign.Create(spec.Setup.Space, spec.BaseSamples, seed));
    }

    /// <summary>Design points in run order.</summary>
    public int Count => _morris?.RunCount ?? _saltelli!.RunCount;

    /// <summary>Each point's model values, in run order.</summary>
    public IReadOnlyList<double[]> Values => _morris?.Values ?? _saltelli!.Values;

    /// <summary>Each point's unit-cube coordinates, in run order.</summary>
    public IReadOnlyList<double[]> Unit => _morris?.Unit ?? _saltelli!.Unit;

    /// <summary>Where a point sits in the design: (trajectory, step) for Morris, (matrix, row) for Sobol'.</summary>
    public (string Group, int Index) Describe(int point)
    {
        if (_morris is not null)
        {
            var (trajectory, step) = _morris.Describe(point);
            return ($"trajectory {trajectory}", step);
        }

        return _saltelli!.Describe(point);
    }

    /// <summary>Morris's effects or Sobol' indices of one response's outputs (one per design point, in run order).</summary>
    public ResponseEstimates Estimate(SensitivityResponse response, IReadOnlyList<double> outputs, BootstrapOptions bootstrap) =>
        _morris is not null
            ? new ResponseEstimates(response, MorrisEffects.Estimate(_morris, outputs, bootstrap), null)
            : new ResponseEstimates(response, null, SobolIndices.Estimate(_saltelli!, outputs, bootstrap));

    /// <summary>The inputs, for naming.</summary>
    public ParameterSpace Space => _morris?.Space ?? _saltelli!.Space;
}

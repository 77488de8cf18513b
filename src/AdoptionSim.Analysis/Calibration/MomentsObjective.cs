namespace AdoptionSim.Analysis.Calibration;

/// <summary>One parameter point's R replicate outputs, their mean m̄ and the objective Q.</summary>
internal sealed record MomentsEvaluation(double[] Unit, double[][] Replicates, double[] Mean, double Objective);

/// <summary>
/// The method-of-moments objective under common random numbers: a point is run once with each of the R
/// replicate seeds, and Q = Σ_k w_k (m̄_k − o_k)². Points already evaluated are served from memory, so the
/// optimiser's repeated visits cost no runs.
/// </summary>
internal sealed class MomentsObjective(ParameterSpace space, ObservedMoments observed, SimulationRunner runner, long[] seeds)
{
    private readonly Dictionary<string, MomentsEvaluation> _done = new(StringComparer.Ordinal);

    /// <summary>Distinct points evaluated.</summary>
    public int Evaluations => _done.Count;

    /// <summary>Evaluates the points as one batch of (new points × R) runs; results in the order of the points.</summary>
    public MomentsEvaluation[] Evaluate(IReadOnlyList<double[]> unitPoints)
    {
        var pending = new List<(string Key, double[] Unit)>();
        var queued = new HashSet<string>(StringComparer.Ordinal);
        foreach (var u in unitPoints)
        {
            var key = Key(u);
            if (!_done.ContainsKey(key) && queued.Add(key)) pending.Add((key, u));
        }
        var requests = new List<SimulationRequest>(pending.Count * seeds.Length);
        foreach (var (_, u) in pending)
        {
            var values = space.ToValues(u);
            requests.AddRange(seeds.Select(seed => new SimulationRequest(values, seed)));
        }
        var outputs = runner.Run(requests);
        for (var p = 0; p < pending.Count; p++)
        {
            var replicates = outputs[(p * seeds.Length)..((p + 1) * seeds.Length)];
            var mean = new double[observed.Count];
            for (var k = 0; k < mean.Length; k++) mean[k] = replicates.Average(r => r[k]);
            _done[pending[p].Key] = new MomentsEvaluation((double[])pending[p].Unit.Clone(), replicates, mean, observed.WeightedSquaredDistance(mean));
        }
        return unitPoints.Select(u => _done[Key(u)]).ToArray();
    }

    public MomentsEvaluation Evaluate(double[] unitPoint) => Evaluate([unitPoint])[0];

    // Exact bit patterns: the same point is the same key, and no two different points share one.
    private static string Key(double[] u) => string.Join(",", u.Select(x => BitConverter.DoubleToInt64Bits(x).ToString("X16")));
}

using System.Globalization;

namespace AdoptionSim.Analysis.Calibration;

/// <summary>
/// The observed statistics a calibration matches, and the distance of simulated ones from them:
/// the weighted sum of squares Σ_k w_k (s_k − o_k)² with w_k = c_k/se_k² where a standard error is given and c_k
/// where not, c_k being the moment's own <see cref="Moment.Weight"/> (default 1).
/// </summary>
public sealed class ObservedMoments
{
    private readonly Moment[] _moments;
    private readonly double[] _weights;

    /// <exception cref="ArgumentException">No moments, a repeated name, a non-finite value, or a standard error or weight that is not positive.</exception>
    public ObservedMoments(IEnumerable<Moment> moments)
    {
        _moments = moments.ToArray();
        if (_moments.Length == 0) throw new ArgumentException("expected at least one observed moment", nameof(moments));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in _moments)
        {
            if (!names.Add(m.Name)) throw new ArgumentException($"moment '{m.Name}' is given twice", nameof(moments));
            if (!double.IsFinite(m.Value)) throw new ArgumentException($"moment '{m.Name}': expected a finite value, got {Show(m.Value)}", nameof(moments));
            if (m.StandardError is { } se && !(se > 0 && double.IsFinite(se)))
                throw new ArgumentException($"moment '{m.Name}': expected a positive standard error, got {Show(se)}", nameof(moments));
            if (!(m.Weight > 0 && double.IsFinite(m.Weight)))
                throw new ArgumentException($"moment '{m.Name}': expected a positive weight, got {Show(m.Weight)}", nameof(moments));
        }
        _weights = _moments.Select(m => m.StandardError is { } se ? m.Weight / (se * se) : m.Weight).ToArray();
    }

    /// <summary>The observed moments, in the order the simulator returns its statistics.</summary>
    public ObservedMoments(params Moment[] moments) : this((IEnumerable<Moment>)moments) { }

    /// <summary>The moments, in order.</summary>
    public IReadOnlyList<Moment> Moments => _moments;

    /// <summary>How many statistics each run must return.</summary>
    public int Count => _moments.Length;

    /// <summary>w_k = c_k/se_k², or c_k where no standard error is given (c_k the moment's weight, default 1).</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>True when every moment has a standard error.</summary>
    public bool AllHaveStandardErrors => _moments.All(m => m.StandardError.HasValue);

    /// <summary>Σ_k w_k (s_k − o_k)²; +∞ if any simulated statistic is not finite.</summary>
    public double WeightedSquaredDistance(ReadOnlySpan<double> simulated)
    {
        if (simulated.Length != _moments.Length)
            throw new ArgumentException($"expected {_moments.Length} simulated statistics, got {simulated.Length}");
        var sum = 0.0;
        for (var k = 0; k < _moments.Length; k++)
        {
            if (!double.IsFinite(simulated[k])) return double.PositiveInfinity;
            var gap = simulated[k] - _moments[k].Value;
            sum += _weights[k] * gap * gap;
        }
        return sum;
    }

    /// <summary>The ABC distance: the square root of <see cref="WeightedSquaredDistance"/>.</summary>
    public double Distance(ReadOnlySpan<double> simulated) => Math.Sqrt(WeightedSquaredDistance(simulated));

    private static string Show(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}

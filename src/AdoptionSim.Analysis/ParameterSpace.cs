namespace AdoptionSim.Analysis;

/// <summary>
/// The ordered inputs of an analysis. Their order fixes the order of coordinates in every design point,
/// every <see cref="Calibration.SimulationRequest"/> and every result.
/// </summary>
public sealed class ParameterSpace
{
    private readonly Parameter[] _parameters;

    /// <exception cref="ArgumentException">No parameters, or two with the same name.</exception>
    public ParameterSpace(IEnumerable<Parameter> parameters)
    {
        _parameters = parameters.ToArray();
        if (_parameters.Length == 0) throw new ArgumentException("a parameter space needs at least one parameter", nameof(parameters));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in _parameters)
            if (!seen.Add(p.Name)) throw new ArgumentException($"parameter '{p.Name}' is named twice", nameof(parameters));
    }

    /// <summary>The parameters, in order.</summary>
    public ParameterSpace(params Parameter[] parameters) : this((IEnumerable<Parameter>)parameters) { }

    /// <summary>The parameters, in order.</summary>
    public IReadOnlyList<Parameter> Parameters => _parameters;

    /// <summary>k, the number of parameters.</summary>
    public int Count => _parameters.Length;

    /// <summary>Parameter <paramref name="index"/>.</summary>
    public Parameter this[int index] => _parameters[index];

    /// <summary>The model values at a point of the unit cube.</summary>
    public double[] ToValues(ReadOnlySpan<double> unit)
    {
        CheckLength(unit.Length);
        var values = new double[_parameters.Length];
        for (var i = 0; i < values.Length; i++) values[i] = _parameters[i].FromUnit(unit[i]);
        return values;
    }

    /// <summary>The unit-cube coordinates of model values (each inside its range).</summary>
    public double[] ToUnit(ReadOnlySpan<double> values)
    {
        CheckLength(values.Length);
        var unit = new double[_parameters.Length];
        for (var i = 0; i < unit.Length; i++) unit[i] = _parameters[i].ToUnit(values[i]);
        return unit;
    }

    private void CheckLength(int length)
    {
        if (length != _parameters.Length)
            throw new ArgumentException($"expected {_parameters.Length} coordinates (one per parameter), got {length}");
    }
}

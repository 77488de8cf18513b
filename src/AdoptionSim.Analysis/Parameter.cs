namespace AdoptionSim.Analysis;

/// <summary>
/// A model input to vary: its name (for the CLI, a scenario key path), its range and its scale. The
/// algorithms see only the coordinate u ∈ [0, 1]; <see cref="FromUnit"/> turns it into the model value.
/// </summary>
public sealed class Parameter
{
    /// <summary>A parameter on [<paramref name="lower"/>, <paramref name="upper"/>] with the given scale (default linear).</summary>
    /// <exception cref="ArgumentException">An empty name, a non-finite bound, lower ≥ upper, or bounds the scale rejects.</exception>
    public Parameter(string name, double lower, double upper, IParameterScale? scale = null)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("a parameter needs a name", nameof(name));
        if (!double.IsFinite(lower) || !double.IsFinite(upper) || lower >= upper)
            throw new ArgumentException(
                $"parameter '{name}': expected finite bounds with lower < upper, got [{ParameterScale.Show(lower)}, {ParameterScale.Show(upper)}]");
        Scale = scale ?? ParameterScale.Linear;
        Scale.CheckBounds(name, lower, upper);
        Name = name;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The parameter's name (for the CLI, a scenario key path).</summary>
    public string Name { get; }

    /// <summary>The lower bound, the value at u = 0.</summary>
    public double Lower { get; }

    /// <summary>The upper bound, the value at u = 1.</summary>
    public double Upper { get; }

    /// <summary>How a coordinate becomes a value.</summary>
    public IParameterScale Scale { get; }

    /// <summary>Uniform on [lower, upper].</summary>
    public static Parameter Uniform(string name, double lower, double upper) => new(name, lower, upper);

    /// <summary>Log-uniform on [lower, upper] (lower &gt; 0).</summary>
    public static Parameter LogUniform(string name, double lower, double upper) => new(name, lower, upper, ParameterScale.Log);

    /// <summary>Uniform over the integers lower, …, upper.</summary>
    public static Parameter Integer(string name, int lower, int upper) => new(name, lower, upper, ParameterScale.Integer);

    /// <summary>The model value at coordinate <paramref name="u"/> (clamped to [0, 1]).</summary>
    public double FromUnit(double u) => Scale.FromUnit(Math.Clamp(u, 0.0, 1.0), Lower, Upper);

    /// <summary>The coordinate of a model value inside the range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside [lower, upper].</exception>
    public double ToUnit(double value)
    {
        if (!(value >= Lower && value <= Upper))
            throw new ArgumentOutOfRangeException(nameof(value), value,
                $"parameter '{Name}': {ParameterScale.Show(value)} lies outside [{ParameterScale.Show(Lower)}, {ParameterScale.Show(Upper)}]");
        return Math.Clamp(Scale.ToUnit(value, Lower, Upper), 0.0, 1.0);
    }
}

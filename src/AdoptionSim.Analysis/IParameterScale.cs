namespace AdoptionSim.Analysis;

/// <summary>
/// How a parameter's value is read from its coordinate u ∈ [0, 1]. Every design and algorithm in this
/// project works on the unit cube; a scale is the hook that turns a uniform coordinate into a model value,
/// so a uniform coordinate gives a uniform, log-uniform or integer parameter (<see cref="ParameterScale"/>).
/// An implementation must be monotone non-decreasing, map 0 to the lower and 1 to the upper bound, and
/// have <see cref="ToUnit"/> as a right inverse (<c>FromUnit(ToUnit(x)) == x</c> for values in range).
/// </summary>
public interface IParameterScale
{
    /// <summary>A short name for outputs and provenance (<c>linear</c>, <c>log</c>, <c>integer</c>).</summary>
    string Name { get; }

    /// <summary>The value at coordinate <paramref name="u"/> ∈ [0, 1].</summary>
    double FromUnit(double u, double lower, double upper);

    /// <summary>The coordinate of <paramref name="value"/> (for starting points and observed truths).</summary>
    double ToUnit(double value, double lower, double upper);

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="parameter"/> if the bounds do not suit the scale.</summary>
    void CheckBounds(string parameter, double lower, double upper);
}

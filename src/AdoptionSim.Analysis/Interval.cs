namespace AdoptionSim.Analysis;

/// <summary>A closed interval [Lower, Upper]: a confidence or credible interval.</summary>
public readonly record struct Interval(double Lower, double Upper)
{
    /// <summary>Whether x lies in the closed interval.</summary>
    public bool Contains(double x) => x >= Lower && x <= Upper;

    /// <summary>Upper − Lower.</summary>
    public double Width => Upper - Lower;
}

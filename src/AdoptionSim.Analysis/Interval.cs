namespace AdoptionSim.Analysis;

/// <summary>A closed interval [Lower, Upper]: a confidence or credible interval.</summary>
public readonly record struct Interval(double Lower, double Upper)
{
    public bool Contains(double x) => x >= Lower && x <= Upper;

    public double Width => Upper - Lower;
}

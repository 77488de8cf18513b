namespace AdoptionSim.Model.State;

/// <summary>Per-city aggregates the economy phases share within a tick (computed once by the economy phase).</summary>
public sealed class CityState(int cities)
{
    public int[] Firms { get; } = new int[cities];
    public double[] MeanProductivity { get; } = new double[cities];
    public double[] AdoptionShare { get; } = new double[cities];
    public double[] Attractiveness { get; } = new double[cities];
}

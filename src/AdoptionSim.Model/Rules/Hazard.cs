using System.Runtime.CompilerServices;

namespace AdoptionSim.Model.Rules;

/// <summary>
/// The adoption rule of MODEL.md: λ = a·r·(1−c)·(p + q·S) per year, and the probability of adopting in
/// a tick of Δt years is 1 − exp(−λ·Δt).
/// </summary>
public static class Hazard
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Rate(double absorptive, double relevance, double complexity, double p, double q, double share) =>
        absorptive * relevance * (1.0 - complexity) * (p + q * share);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Probability(double rate, double dt) => -double.ExpM1(-rate * dt);

    /// <summary>
    /// Whether a uniform draw u adopts at hazard·Δt = x. Since 1 − e^−x ≤ x, u ≥ x rejects without
    /// computing the exponential, which is most draws.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Adopts(double u, double x) => u < x && u < -double.ExpM1(-x);
}

namespace AdoptionSim.Model.Measures;

/// <summary>
/// The Bass (1969) diffusion model, the limit the adoption rule must reduce to (one city, one sector, fully
/// mixed, a = r = 1, c = 0): the hazard of a non-adopter is p + q·F. Validation tests compare simulated
/// adopter shares with <see cref="DiscreteShare"/> (the exact mean field of the model's synchronous tick rule)
/// and that with <see cref="CumulativeShare"/> (continuous time), so discretisation error and sampling
/// error can be told apart.
/// </summary>
public static class BassModel
{
    /// <summary>
    /// F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p) e^{−(p+q)t}), the adopter share at time t from F(0) = 0.
    /// p = 0 gives F ≡ 0 (nobody starts adopting, so imitation never begins).
    /// </summary>
    /// <param name="p">Innovation (external) coefficient, ≥ 0, per unit time.</param>
    /// <param name="q">Imitation coefficient, ≥ 0, per unit time.</param>
    /// <param name="t">Time, ≥ 0, in the same unit.</param>
    public static double CumulativeShare(double p, double q, double t)
    {
        Validate(p, q);
        if (!(t >= 0)) throw new ArgumentOutOfRangeException(nameof(t), t, "time must be non-negative");
        if (p == 0) return 0;
        var e = Math.Exp(-(p + q) * t);
        return (1 - e) / (1 + q / p * e);
    }

    /// <summary>
    /// Adoption density f(t) = dF/dt = (p + q)² e^{−(p+q)t} / (p (1 + (q/p) e^{−(p+q)t})²), which equals
    /// (p + q F(t))(1 − F(t)): new adopters per unit time as a share of the population. f(0) = p. p = 0 gives 0.
    /// </summary>
    public static double Density(double p, double q, double t)
    {
        Validate(p, q);
        if (!(t >= 0)) throw new ArgumentOutOfRangeException(nameof(t), t, "time must be non-negative");
        if (p == 0) return 0;
        var s = p + q;
        var e = Math.Exp(-s * t);
        var d = 1 + q / p * e;
        return s * s * e / (p * d * d);
    }

    /// <summary>
    /// Expected adopter share after <paramref name="steps"/> synchronous ticks of length <paramref name="dt"/>:
    /// F_{k+1} = F_k + (1 − F_k)(1 − exp(−(p + q F_k) Δt)). This is the mean field of the model's tick rule
    /// (every non-adopter adopts with probability 1 − e^{−λΔt}, λ evaluated on the start-of-tick state), and it
    /// converges to <see cref="CumulativeShare"/> at t = steps·Δt with error O(Δt) as Δt → 0.
    /// </summary>
    /// <param name="initialShare">F_0 in [0, 1].</param>
    public static double DiscreteShare(double p, double q, double dt, int steps, double initialShare = 0)
    {
        ValidateDiscrete(p, q, dt, initialShare);
        if (steps < 0) throw new ArgumentOutOfRangeException(nameof(steps), steps, "must be non-negative");
        var f = initialShare;
        for (var k = 0; k < steps; k++) f = Step(p, q, dt, f);
        return f;
    }

    /// <summary>
    /// The whole discrete path: <c>path[0] = initialShare</c> and <c>path[k]</c> the share after k ticks,
    /// for k up to <c>path.Length − 1</c>.
    /// </summary>
    public static void DiscretePath(double p, double q, double dt, Span<double> path, double initialShare = 0)
    {
        ValidateDiscrete(p, q, dt, initialShare);
        if (path.IsEmpty) return;
        path[0] = initialShare;
        for (var k = 1; k < path.Length; k++) path[k] = Step(p, q, dt, path[k - 1]);
    }

    private static double Step(double p, double q, double dt, double f) =>
        // −expm1(−x) is 1 − e^{−x} without the cancellation that loses digits when the hazard·Δt is tiny
        // (as it is in the Δt → 0 convergence checks).
        f + (1 - f) * -ExpMinusOne(-(p + q * f) * dt);

    /// <summary>
    /// e^x − 1 to a few ulps by Kahan's trick, (u − 1)·x / ln u with u = e^x: the rounding error of u cancels
    /// between numerator and denominator. Own implementation because MathNet's <c>Expm1</c> is only accurate
    /// to about 1e-8 relative near |x| ≈ 0.03, and <c>double.ExpM1</c> is plain <c>Exp(x) − 1</c>.
    /// </summary>
    internal static double ExpMinusOne(double x)
    {
        var u = Math.Exp(x);
        if (u == 1.0) return x;
        var um1 = u - 1.0;
        if (um1 == -1.0) return -1.0;
        return um1 * x / Math.Log(u);
    }

    private static void Validate(double p, double q)
    {
        if (!(p >= 0) || !double.IsFinite(p)) throw new ArgumentOutOfRangeException(nameof(p), p, "must be finite and non-negative");
        if (!(q >= 0) || !double.IsFinite(q)) throw new ArgumentOutOfRangeException(nameof(q), q, "must be finite and non-negative");
    }

    private static void ValidateDiscrete(double p, double q, double dt, double initialShare)
    {
        Validate(p, q);
        if (!(dt > 0) || !double.IsFinite(dt)) throw new ArgumentOutOfRangeException(nameof(dt), dt, "must be positive and finite");
        if (!(initialShare >= 0 && initialShare <= 1)) throw new ArgumentOutOfRangeException(nameof(initialShare), initialShare, "must be in [0, 1]");
    }
}

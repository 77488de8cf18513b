namespace AdoptionSim.Model.Setup;

/// <summary>
/// A normal draw by Marsaglia's polar method written out as MathNet.Numerics 5 does it in
/// <c>Normal.Sample(random, mean, stddev)</c>: the same two uniforms per try, the same rejection test and the
/// same operations in the same order, so the same doubles (a test holds it to MathNet's), without the
/// library's argument checks and calls per try. The second normal of each accepted pair is dropped, as there.
/// </summary>
internal static class PolarNormal
{
    /// <param name="stddev">Standard deviation, not negative (MathNet's check; callers pass a validated one).</param>
    public static double Sample(System.Random random, double mean, double stddev)
    {
        while (true)
        {
            var v1 = (2.0 * random.NextDouble()) - 1.0;
            var v2 = (2.0 * random.NextDouble()) - 1.0;
            var r = (v1 * v1) + (v2 * v2);
            if (r >= 1.0 || r == 0.0) continue;
            var fac = Math.Sqrt(-2.0 * Math.Log(r) / r);
            return mean + (stddev * (v1 * fac));
        }
    }
}

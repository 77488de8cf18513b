using AdoptionSim.Core.Random;

namespace AdoptionSim.Analysis.Statistics;

/// <summary>Uniform, integer and standard normal draws from one SplitMix64 stream.</summary>
internal struct Draws(ulong key)
{
    private SplitMix64 _generator = RandomStreams.Sequential(key);

    /// <summary>Uniform in [0, 1).</summary>
    public double Uniform() => _generator.NextDouble();

    /// <summary>Uniform integer in [0, bound).</summary>
    public int Below(int bound) => _generator.NextInt(bound);

    /// <summary>
    /// A standard normal by Box–Muller (one value per pair of uniforms, none cached, so a draw's value
    /// depends only on its position in the stream).
    /// </summary>
    public double Normal()
    {
        var u1 = 1.0 - _generator.NextDouble(); // (0, 1]: the logarithm stays finite
        var u2 = _generator.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A uniformly random permutation of 0, …, n − 1 (Fisher–Yates).</summary>
    public int[] Permutation(int n)
    {
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        for (var i = n - 1; i > 0; i--)
        {
            var j = Below(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}

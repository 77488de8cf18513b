namespace AdoptionSim.Core.Random;

/// <summary>
/// A <see cref="System.Random"/> whose numbers come from a project-owned SplitMix64 stream, so that
/// library code that takes a <see cref="System.Random"/> (MathNet.Numerics distributions) draws from the
/// scenario's seed and not from the runtime's generator.
/// </summary>
internal sealed class StreamRandom(ulong key) : System.Random
{
    private SplitMix64 _generator = new(key);

    protected override double Sample() => _generator.NextDouble();

    public override double NextDouble() => _generator.NextDouble();

    public override int Next() => _generator.NextInt(int.MaxValue);

    public override int Next(int maxValue) => maxValue <= 0 ? 0 : _generator.NextInt(maxValue);

    public override int Next(int minValue, int maxValue)
    {
        if (minValue >= maxValue) return minValue;
        var range = (long)maxValue - minValue;
        return range <= int.MaxValue
            ? minValue + _generator.NextInt((int)range)
            : (int)(minValue + (long)(_generator.NextDouble() * range));
    }

    public override long NextInt64() => (long)(_generator.NextULong() >> 1);

    public override void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i += 8)
        {
            var bits = _generator.NextULong();
            for (var j = 0; j < 8 && i + j < buffer.Length; j++) buffer[i + j] = (byte)(bits >> (8 * j));
        }
    }

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());
}

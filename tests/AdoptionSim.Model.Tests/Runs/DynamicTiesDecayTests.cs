using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Tests.Runs;

/// <summary>
/// The decay pass passes over firms none of whose brokered ties can have expired yet; it must still remove exactly
/// the brokered ties unused for more than the lifetime, at both ends, and keep every other tie.
/// </summary>
public sealed class DynamicTiesDecayTests
{
    [Fact]
    public void Decay_removes_exactly_the_expired_brokered_ties()
    {
        const int firms = 200;
        const double lifetime = 6;
        var ties = new DynamicTies();
        ties.EnsureCapacity(firms);
        var random = new System.Random(7);
        var lastUsed = new Dictionary<(int, int), int>();
        var local = new HashSet<(int, int)>();
        for (var tick = 0; tick < 40; tick++)
        {
            for (var k = 0; k < 15; k++)
            {
                var a = random.Next(firms);
                var b = random.Next(firms);
                if (a == b || ties.Contains(a, b)) continue;
                var brokered = random.NextDouble() < 0.7;
                ties.Add(a, b, 1f, brokered, tick);
                if (brokered) lastUsed[Key(a, b)] = tick;
                else local.Add(Key(a, b));
            }
            foreach (var pair in lastUsed.Keys.ToList())
            {
                if (random.NextDouble() >= 0.1) continue;
                ties.MarkUsed(pair.Item1, pair.Item2, tick);
                lastUsed[pair] = tick;
            }
            ties.Decay(tick, lifetime);
            foreach (var pair in lastUsed.Where(p => tick - p.Value > lifetime).Select(p => p.Key).ToList()) lastUsed.Remove(pair);
            for (var f = 0; f < firms; f++)
            {
                var expected = lastUsed.Keys.Concat(local).Where(p => p.Item1 == f || p.Item2 == f).Select(p => p.Item1 == f ? p.Item2 : p.Item1).Order();
                ties.Of(f).ToArray().Select(t => t.Partner).Order().Should().Equal(expected, $"firm {f} at tick {tick}");
                ties.Count(f).Should().Be(ties.Of(f).Length);
            }
        }
        lastUsed.Should().NotBeEmpty();
    }

    private static (int, int) Key(int a, int b) => a < b ? (a, b) : (b, a);
}

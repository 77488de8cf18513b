using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Tests.Setup;

/// <summary>
/// <see cref="Network.FromEdges"/> builds its rows by a counting sort and a sort per row; these tests hold it
/// to the rows a global sort of the directed ties gives (the construction it replaced, kept here as the
/// reference), with duplicates of different weights, self-loops and rows far out of order.
/// </summary>
public sealed class NetworkRowsTests
{
    [Theory]
    [InlineData(1, 50, 400)]
    [InlineData(2, 1000, 3000)]
    [InlineData(3, 20, 2000)] // dense: many duplicated pairs
    public void Rows_Match_A_Global_Sort_Of_The_Directed_Ties(int seed, int firms, int ties)
    {
        var random = new Random(seed);
        var edges = new EdgeList();
        var reference = new List<(int, int, float)>();
        float[] weights = [1f, 0.5f, 0.3f, 0f];
        for (var k = 0; k < ties; k++)
        {
            var a = random.Next(firms);
            var b = random.Next(6) == 0 ? a : random.Next(firms); // some self-loops
            var w = weights[random.Next(weights.Length)];
            edges.Add(a, b, w);
            reference.Add((a, b, w));
        }

        var built = Network.FromEdges(firms, edges);
        var expected = GlobalSort(firms, reference);

        built.Offsets.Should().Equal(expected.Offsets);
        built.Targets.Should().Equal(expected.Targets);
        built.Weights.Should().Equal(expected.Weights);
        edges.Count.Should().Be(0, "the edge list is released once the rows are built");
    }

    [Fact]
    public void A_Duplicated_Pair_Keeps_Its_Largest_Weight_In_Both_Directions()
    {
        var edges = new EdgeList();
        edges.Add(2, 0, 0.3f);
        edges.Add(0, 2, 1f);
        edges.Add(2, 0, 0.5f);
        edges.Add(1, 1, 1f);
        edges.Add(0, 1, 0.5f);

        var net = Network.FromEdges(3, edges);

        net.Neighbours(0).ToArray().Should().Equal(1, 2);
        net.NeighbourWeights(0).ToArray().Should().Equal(0.5f, 1f);
        net.Neighbours(1).ToArray().Should().Equal(0);
        net.Neighbours(2).ToArray().Should().Equal(0);
        net.NeighbourWeights(2).ToArray().Should().Equal(1f);
    }

    [Fact]
    public void The_Edge_List_Grows_Past_Its_Capacity()
    {
        var edges = new EdgeList(capacity: 1);
        for (var k = 0; k < 100; k++) edges.Add(k, k + 1, 1f);
        edges.Count.Should().Be(100);
        edges.B[99].Should().Be(100);
        Network.FromEdges(101, edges).Degree(50).Should().Be(2);
    }

    [Theory]
    [InlineData(2, 20_000, 300_000, false)] // many duplicated pairs: the parts are copied together
    [InlineData(3, 200_000, 400_000, true)] // a ring without repeats: nothing merged, nothing copied
    [InlineData(4, 50_000, 600_000, false)]
    public void Rows_Built_On_Several_Threads_Are_Those_Of_One_Thread(int threads, int firms, int ties, bool ring)
    {
        var random = new Random(threads);
        var one = new EdgeList();
        var several = new EdgeList();
        float[] weights = [1f, 0.5f, 0f];
        for (var k = 0; k < ties; k++)
        {
            // Firms above firms/2 get no ties of their own (empty rows where the parts may split), firm 7 is a
            // hub with a long row (the library sort), and some ties are self-loops.
            int a, b;
            if (ring) (a, b) = (k % (firms / 2), (k % (firms / 2) + 1 + k / (firms / 2)) % (firms / 2));
            else (a, b) = (random.Next(8) == 0 ? 7 : random.Next(firms / 2), random.Next(10) == 0 ? -1 : random.Next(firms / 2));
            if (b < 0) b = a;
            var w = weights[random.Next(weights.Length)];
            one.Add(a, b, w);
            several.Add(a, b, w);
        }

        var expected = Network.FromEdges(firms, one);
        var built = Network.FromEdges(firms, several, threads);

        built.Offsets.Should().Equal(expected.Offsets);
        built.Targets.Should().Equal(expected.Targets);
        built.Weights.Should().Equal(expected.Weights);
        built.LiveTies.Should().Equal(expected.LiveTies);
        built.MinWeight.Should().Be(expected.MinWeight);
        built.MaxWeight.Should().Be(expected.MaxWeight);
        several.Count.Should().Be(0, "the edge list is released once the rows are built");
    }

    [Fact]
    public void The_One_Thread_Rows_Carry_Their_Live_Ties_And_Weight_Range()
    {
        var edges = new EdgeList();
        edges.Add(0, 1, 0f);
        edges.Add(0, 2, 0.5f);
        edges.Add(2, 0, 1f);
        edges.Add(1, 2, 0.25f);

        var built = Network.FromEdges(3, edges);
        var rebuilt = new Network(built.Offsets, built.Targets, built.Weights);

        built.LiveTies.Should().Equal(1, 1, 2).And.Equal(rebuilt.LiveTies);
        (built.MinWeight, built.MaxWeight).Should().Be((0f, 1f)).And.Be((rebuilt.MinWeight, rebuilt.MaxWeight));
    }

    /// <summary>The construction before issue 13: every tie in both directions, one sort of (from, to, weight descending), the first of each pair kept.</summary>
    private static (int[] Offsets, int[] Targets, float[] Weights) GlobalSort(int firmCount, List<(int A, int B, float W)> edges)
    {
        var directed = edges.Where(e => e.A != e.B).SelectMany(e => new[] { (From: e.A, To: e.B, e.W), (From: e.B, To: e.A, e.W) }).ToArray();
        Array.Sort(directed, static (x, y) => x.From != y.From ? x.From.CompareTo(y.From) : x.To != y.To ? x.To.CompareTo(y.To) : y.W.CompareTo(x.W));
        var offsets = new int[firmCount + 1];
        var targets = new List<int>();
        var weights = new List<float>();
        var previous = (From: -1, To: -1);
        foreach (var (from, to, w) in directed)
        {
            if (from == previous.From && to == previous.To) continue;
            previous = (from, to);
            targets.Add(to);
            weights.Add(w);
            offsets[from + 1]++;
        }
        for (var f = 0; f < firmCount; f++) offsets[f + 1] += offsets[f];
        return (offsets, targets.ToArray(), weights.ToArray());
    }
}

using AdoptionSim.Core.Checkpoints;

namespace AdoptionSim.Core.Tests.Checkpoints;

/// <summary>
/// The codec's arrays of references (a firm's idea lists, its dynamic ties, lists of classes): nulls, empty arrays,
/// contents, and shared instances, which must come back shared (written once, then as a back-reference). The world's
/// round trip (WorldCheckpointTests) checks the whole state; this checks the cases it may not reach.
/// </summary>
public sealed class StateCodecTests
{
    private sealed class Item
    {
        public int Value;
        public int[] Data = [];
    }

    private sealed class Holder
    {
        public int[]?[] Lists = [];
        public Item?[] Items = [];
        public List<int> Numbers = [];
        public string Name = "";
        public Item? Shared;
    }

    private static Holder RoundTrip(Holder source, out long bytes)
    {
        var stream = new MemoryStream();
        StateCodec.Write(stream, source, _ => false);
        bytes = stream.Length;
        stream.Position = 0;
        var restored = new Holder();
        StateCodec.Read(stream, restored, _ => false);
        stream.Position.Should().Be(stream.Length, "the reader reads exactly what the writer wrote");
        return restored;
    }

    [Fact]
    public void Arrays_of_references_come_back_with_their_nulls_contents_and_shared_instances()
    {
        int[] shared = [7, 8];
        var item = new Item { Value = 3, Data = shared };
        var source = new Holder { Lists = [[1, 2, 3], null, shared, shared, []], Items = [item, null, item, new Item { Value = 4 }], Numbers = [4, 5], Name = "x", Shared = item };

        var restored = RoundTrip(source, out _);

        restored.Lists.Should().HaveCount(5);
        restored.Lists[0].Should().Equal(1, 2, 3);
        restored.Lists[1].Should().BeNull();
        restored.Lists[2].Should().Equal(7, 8);
        restored.Lists[3].Should().BeSameAs(restored.Lists[2], "one array held twice is one array after the round trip");
        restored.Lists[4].Should().BeEmpty();
        restored.Items[0].Should().BeSameAs(restored.Items[2]);
        restored.Items[1].Should().BeNull();
        restored.Items[3]!.Value.Should().Be(4);
        restored.Items[0]!.Value.Should().Be(3);
        restored.Items[0]!.Data.Should().BeSameAs(restored.Lists[2], "shared across an array and a field");
        restored.Shared.Should().BeSameAs(restored.Items[0]);
        restored.Numbers.Should().Equal(4, 5);
        restored.Name.Should().Be("x");
    }

    [Fact]
    public void A_shared_array_is_written_once()
    {
        int[] big = [.. Enumerable.Range(0, 1000)];
        RoundTrip(new Holder { Lists = [big, big] }, out var sharedBytes);
        RoundTrip(new Holder { Lists = [big, [.. big]] }, out var copiedBytes);
        (copiedBytes - sharedBytes).Should().BeGreaterThanOrEqualTo(4000, "the second reference to the same array is a back-reference, not its 1,000 ints again");
    }
}

using System.Collections;
using System.Reflection;
using AdoptionSim.Core.Engine;
using AdoptionSim.Model.Checkpoints;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Tests.Checkpoints;

/// <summary>
/// A world saved at a tick and restored into a fresh build carries on exactly as the uninterrupted run:
/// every field of the final state is equal (compared by reflection, so a field the checkpoint missed fails
/// here), and every state class is reached by the checkpoint's walk.
/// </summary>
public sealed class WorldCheckpointTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(7, false)]
    [InlineData(19, false)]
    [InlineData(7, true)]
    [InlineData(13, true)]
    public void A_restored_world_ends_exactly_as_the_uninterrupted_run(int savedAt, bool governance)
    {
        var spec = TestScenarios.TwoCities(ticks: 20);
        spec.Cities.Resolved = spec.Cities.Inline;
        // With the governance layer, critical moments often enough (4 a year, a quarter apart) that the regions'
        // stages and styles move before and after the save: they are enum arrays, which an earlier checkpoint
        // mistook for scenario input and did not save, so a resumed journey restarted at stage A.
        spec.Governance.Enabled = governance;
        spec.Governance.MomentRate = 4;
        spec.Governance.MomentGapYears = 0.25;
        var whole = new Saver(savedAt);
        AdoptionModel.Run(spec, new RunOptions(11, spec.Ticks, 2), whole);

        whole.Saved.Position = 0;
        var restored = WorldCheckpoint.Restore(spec, 11, whole.Saved);
        restored.Tick.Should().Be(savedAt);
        var resumed = new Saver(-1);
        AdoptionModel.Resume(restored, new RunOptions(11, spec.Ticks, 1), resumed);

        resumed.Last.Should().BeSameAs(restored);
        if (governance)
        {
            whole.StagesAtSave.Should().Contain(s => s != spec.Governance.InitialStage, "some region has moved on by the save");
            whole.Last!.Governance.LastMoment.Should().Contain(t => t > savedAt, "and faces a moment after it");
        }
        var differences = new List<string>();
        DeepCompare(whole.Last!, restored, "world", differences, new HashSet<object>(ReferenceEqualityComparer.Instance));
        differences.Should().BeEmpty("the resumed run's final state must equal the uninterrupted run's, field by field");
        whole.Last!.Firms.Count.Should().BeGreaterThan(0);

        // The comparison can fail: one float of one firm changed is found.
        restored.Firms.Productivity[0] = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(restored.Firms.Productivity[0]) + 1);
        var planted = new List<string>();
        DeepCompare(whole.Last!, restored, "world", planted, new HashSet<object>(ReferenceEqualityComparer.Instance));
        planted.Should().ContainSingle().Which.Should().Contain("Productivity");
    }

    [Fact]
    public void Every_state_class_is_in_the_checkpoint_layout()
    {
        // The schema walk throws for a field type the codec cannot save; every class of State must be reached
        // (a state class held somewhere the walk does not go would be lost on resume).
        var schema = WorldCheckpoint.Schema();
        var stateTypes = typeof(World).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(World).Namespace && t.IsClass && !t.IsAbstract && !t.Name.Contains('<') && !t.IsNested)
            .Where(t => t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Length > 0)
            .Except(NotState);
        foreach (var type in stateTypes) schema.Should().Contain(type.FullName + "{", $"{type.Name} holds state and must be reached from World");
    }

    /// <summary>Classes of the State namespace that hold no state between ticks, each with its reason.</summary>
    private static readonly Type[] NotState =
    [
        typeof(CityTotals), // sums of the firms: World keeps the last ones only as a cache, valid while the firms are unchanged
        typeof(EdgeList), // the ties as drawn while the world is built, released once Network.FromEdges has made the rows
    ];

    private sealed class Saver(int savedAt) : ISimulationObserver<World>
    {
        public MemoryStream Saved { get; } = new();
        public World? Last { get; private set; }

        public void OnStart(World state) => Last = state;

        public JourneyStage[] StagesAtSave { get; private set; } = [];

        public void OnTick(World state, int tick)
        {
            Last = state;
            if (tick != savedAt) return;
            WorldCheckpoint.Save(state, Saved);
            StagesAtSave = [.. state.Governance.Stage];
        }
    }

    /// <summary>Field-by-field equality (floats by their bits), skipping the scenario's specification.</summary>
    private static void DeepCompare(object? a, object? b, string path, List<string> differences, HashSet<object> visited)
    {
        if (differences.Count > 20) return;
        if (a is null || b is null)
        {
            if (a is not null || b is not null) differences.Add($"{path}: {a ?? "null"} vs {b ?? "null"}");
            return;
        }
        var type = a.GetType();
        if (type != b.GetType())
        {
            differences.Add($"{path}: type {type} vs {b.GetType()}");
            return;
        }
        if (WorldCheckpoint.IsInput(type)) return;
        if (type.IsPrimitive || type.IsEnum || a is string)
        {
            if (!BitEqual(a, b)) differences.Add($"{path}: {a} vs {b}");
            return;
        }
        if (!type.IsValueType && !visited.Add(a)) return;
        if (a is IList listA)
        {
            var listB = (IList)b;
            if (listA.Count != listB.Count) { differences.Add($"{path}: count {listA.Count} vs {listB.Count}"); return; }
            for (var i = 0; i < listA.Count; i++) DeepCompare(listA[i], listB[i], $"{path}[{i}]", differences, visited);
            return;
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                DeepCompare(field.GetValue(a), field.GetValue(b), $"{path}.{field.Name}", differences, visited);
    }

    private static bool BitEqual(object a, object b) => a switch
    {
        double x => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits((double)b),
        float x => BitConverter.SingleToInt32Bits(x) == BitConverter.SingleToInt32Bits((float)b),
        _ => a.Equals(b),
    };
}

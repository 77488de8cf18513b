using System.Security.Cryptography;
using System.Text;
using AdoptionSim.Core.Checkpoints;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Checkpoints;

/// <summary>
/// Saves and restores the whole state of a run (<see cref="World"/> and everything it reaches) with
/// <see cref="StateCodec"/>: every field of every state class, so a field added to the state is checkpointed
/// without touching this file. The scenario's specification is input, not state: resume rebuilds it from the
/// scenario file (whose hash the checkpoint checks) and the rest is overwritten.
/// <para>
/// No random generator state is saved because there is none between ticks: every phase derives its streams
/// from (seed, purpose, tick, identity) (<c>RandomStreams</c>), and the phases' own fields are caches of
/// tables that do not change (distances) or scratch rebuilt each tick. The tick is <see cref="World.Tick"/>.
/// </para>
/// </summary>
public static class WorldCheckpoint
{
    /// <summary>
    /// Types that are the scenario, not state: not saved, rebuilt on resume. Only the specification's objects
    /// (classes of the Scenario namespace, and arrays or lists of them) are input: its enums and structs are values,
    /// and a field of such a value (a region's journey stage, its leadership style) is state like any other. Treating
    /// those as input lost the governance layer's stages and styles on resume (GovernanceCheckpointTests).
    /// </summary>
    public static bool IsInput(Type type)
    {
        var element = type.IsArray ? type.GetElementType()!
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0]
            : type;
        return !element.IsValueType && element.Namespace == typeof(ScenarioSpec).Namespace;
    }

    /// <summary>The layout of the state classes as the codec writes them (<see cref="StateCodec.Schema"/>).</summary>
    public static string Schema() => StateCodec.Schema(typeof(World), IsInput);

    /// <summary>A short hash of <see cref="Schema"/>: a checkpoint written with another layout is refused.</summary>
    public static string LayoutHash { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Schema())))[..16];

    public static void Save(World world, Stream output) => StateCodec.Write(output, world, IsInput);

    /// <summary>Builds the world of <paramref name="spec"/> and overwrites its state with the saved one.</summary>
    public static World Restore(ScenarioSpec spec, long seed, Stream input)
    {
        var world = AdoptionModel.Build(spec, seed);
        StateCodec.Read(input, world, IsInput);
        return world;
    }
}

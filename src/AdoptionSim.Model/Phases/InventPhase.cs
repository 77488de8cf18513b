using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Setup;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// New ideas: the scenario's ideas due this tick, then inventions, visited in firm order. An inventor
/// is the idea's first adopter; the idea is available to every firm from this tick's adoption phase on.
/// </summary>
public sealed class InventPhase : ITickPhase<World>
{
    public string Name => "invent";

    public void Run(World world, in TickContext context)
    {
        var spec = world.Spec;
        for (var i = 0; i < spec.Ideas.Count; i++)
            if (spec.Ideas[i].Tick == context.Tick) IdeaFactory.FromSpec(world, spec.Ideas[i], i, context.Tick, context.Streams);
        if (!spec.Invention.Enabled || spec.Invention.BaseRate <= 0) return;

        var key = context.Streams.Key(StreamPurpose.Invention, context.Tick);
        var firms = world.Firms;
        var firmCount = firms.Count;
        var bound = -double.ExpM1(-spec.Invention.BaseRate * world.RealFirmsPerModelFirm * MaxWeightBound(world) * context.Dt);
        for (var f = 0; f < firmCount && world.Ideas.Count < spec.Invention.MaxIdeas; f++)
        {
            if (!firms.Alive[f]) continue;
            var u = RandomStreams.UniformAt(key, firms.Key[f]);
            if (u >= bound || u >= Invention.Probability(world, f)) continue;
            IdeaFactory.Invent(world, f, context.Tick, context.Streams);
            world.Counters.Inventions[firms.City[f]]++;
        }
    }

    /// <summary>An upper bound on any firm's invention weight, so most draws are rejected without computing it.</summary>
    private static double MaxWeightBound(World world)
    {
        var spec = world.Spec.Invention;
        var size = Math.Max(Math.Max(spec.SizeMultiplier.Micro, spec.SizeMultiplier.Small),
            Math.Max(Math.Max(spec.SizeMultiplier.Medium, spec.SizeMultiplier.Large), spec.SizeMultiplier.Anchor));
        return size * world.Sectors.InventionMultiplier.Max() * world.Cities.InventionMultiplier.Max() * Math.Max(1.0, spec.UniversityMultiplier);
    }
}

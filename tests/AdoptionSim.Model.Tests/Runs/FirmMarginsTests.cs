using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Checkpoints;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Tests.Runs;

/// <summary>
/// With exits and entry off the economy phase writes the firms' margins only on the ticks the snapshot reads them
/// (<see cref="World.NeedsMargins"/>: the run's last): there they are bit for bit those a run writing them every tick
/// has (movers after the economy phase included), and on any other tick <see cref="World.MarginOf"/> refuses them.
/// </summary>
public sealed class FirmMarginsTests
{
    private const int Ticks = 25;

    /// <summary>Two cities, exits and entry off, relocation on with plenty of moves (movers keep the margin of their old city).</summary>
    private static ScenarioSpec Spec()
    {
        var spec = TestScenarios.TwoCities(ticks: Ticks);
        spec.Feedbacks.Exit = false;
        spec.Feedbacks.Entry = false;
        spec.Economy.RelocationRate = 0.2;
        spec.Economy.RelocationThreshold = 0;
        spec.Economy.RelocationCertainGain = 1e-3;
        return spec;
    }

    [Fact]
    public void Margins_of_the_last_tick_equal_those_written_every_tick_and_other_ticks_refuse_them()
    {
        var spec = Spec();
        var skipping = new MarginReader();
        AdoptionModel.Run(spec, new RunOptions(3, Ticks, 2), skipping);

        // The reference: the same run with every tick needing margins (RunTicks 0), so every economy phase writes them.
        var world = AdoptionModel.Build(spec, 3);
        world.RunTicks = 0;
        var everyTick = new MarginReader();
        Simulation.Run(world, AdoptionModel.Schedule(), Ticks, spec.Tick.Years, new RandomStreams(3), 1, everyTick);

        everyTick.Read.Should().HaveCount(Ticks + 1, "written every tick, readable every tick");
        everyTick.Refused.Should().BeEmpty();
        skipping.Read.Keys.Should().BeEquivalentTo([0, Ticks], "the build's margins at tick 0, the economy phase's at the last tick");
        skipping.Refused.Should().BeEquivalentTo(Enumerable.Range(1, Ticks - 1));
        foreach (var tick in new[] { 0, Ticks })
            skipping.Read[tick].Select(BitConverter.SingleToInt32Bits).Should().Equal(everyTick.Read[tick].Select(BitConverter.SingleToInt32Bits), $"margins at tick {tick}");
        skipping.Moves.Should().BeGreaterThan(0, "firms move after the economy phase, so movers' margins are compared too");
        skipping.Read[Ticks].Should().Contain(m => m != 0f);
    }

    [Fact]
    public void A_run_resumed_from_a_checkpoint_ends_with_the_margins_of_the_uninterrupted_run()
    {
        var spec = Spec();
        spec.Cities.Resolved = spec.Cities.Inline;
        var whole = new MarginReader(saveAt: 9);
        AdoptionModel.Run(spec, new RunOptions(5, Ticks, 2), whole);

        whole.Saved.Position = 0;
        var restored = WorldCheckpoint.Restore(spec, 5, whole.Saved);
        restored.MarginsTick.Should().Be(0, "the checkpoint of tick 9 holds the build's margins and says so");
        var resumed = new MarginReader();
        AdoptionModel.Resume(restored, new RunOptions(5, Ticks, 1), resumed);

        resumed.Refused.Should().BeEquivalentTo(Enumerable.Range(10, Ticks - 10));
        resumed.Read.Keys.Should().BeEquivalentTo([Ticks]);
        resumed.Read[Ticks].Select(BitConverter.SingleToInt32Bits).Should().Equal(whole.Read[Ticks].Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void With_exits_on_margins_are_written_and_readable_every_tick()
    {
        var spec = TestScenarios.TwoCities(ticks: 5);
        var reader = new MarginReader();
        AdoptionModel.Run(spec, new RunOptions(3, 5, 1), reader);
        reader.Read.Keys.Should().BeEquivalentTo(Enumerable.Range(0, 6));
        reader.Refused.Should().BeEmpty();
    }

    /// <summary>Reads every firm slot's margin through <see cref="World.MarginOf"/> after each tick, noting the ticks that refuse.</summary>
    private sealed class MarginReader(int saveAt = -1) : ISimulationObserver<World>
    {
        public MemoryStream Saved { get; } = new();
        public Dictionary<int, float[]> Read { get; } = [];
        public List<int> Refused { get; } = [];
        public int Moves { get; private set; }

        public void OnStart(World state) => OnTick(state, 0);

        public void OnTick(World state, int tick)
        {
            Moves += state.Counters.RelocationsIn.Sum();
            if (tick == saveAt) WorldCheckpoint.Save(state, Saved);
            try
            {
                Read[tick] = Enumerable.Range(0, state.Firms.Count).Select(state.MarginOf).ToArray();
            }
            catch (InvalidOperationException e)
            {
                e.Message.Should().Contain($"tick {tick}");
                Refused.Add(tick);
            }
        }
    }
}

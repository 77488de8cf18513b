using AdoptionSim.Model;
using AdoptionSim.Model.Measures;

namespace AdoptionSim.Model.Tests.Runs;

public sealed class DeterminismTests
{
    private static RecordingObserver Run(long seed, int threads, int ticks = 16)
    {
        var recorder = new RecordingObserver();
        var spec = TestScenarios.TwoCities(ticks);
        spec.Firms.PerThousand = 10; // ~21,500 firms: several chunks, so threads really split the work
        AdoptionModel.Run(spec, new RunOptions(seed, ticks, threads), recorder);
        return recorder;
    }

    [Fact]
    public void Same_Seed_Gives_The_Same_Run_Whatever_The_Thread_Count()
    {
        var one = Run(5, 1);
        var two = Run(5, 2);
        var four = Run(5, 4);
        one.Events.Should().NotBeEmpty();
        two.Events.Should().Equal(one.Events);
        four.Events.Should().Equal(one.Events);
        two.Rows.SelectMany(r => r).Should().Equal(one.Rows.SelectMany(r => r));
    }

    [Fact]
    public void Another_Seed_Gives_Another_Run()
    {
        Run(5, 2).Events.Should().NotEqual(Run(6, 2).Events);
    }
}

using AdoptionSim.Model;
using AdoptionSim.Model.Measures;

namespace AdoptionSim.Model.Tests.Runs;

public sealed class SmokeTests
{
    [Fact]
    public void TwoCities_Runs_And_Ideas_Spread()
    {
        var recorder = new RecordingObserver();
        AdoptionModel.Run(TestScenarios.TwoCities(), new RunOptions(7, 20, 2), recorder);
        recorder.Rows.Should().HaveCount(21);
        recorder.Rows[^1][0].AdoptionShare.Should().BeGreaterThan(recorder.Rows[0][0].AdoptionShare);
        recorder.Events.Should().NotBeEmpty();
    }
}

namespace AdoptionSim.IO.Tests.Validation;

/// <summary>
/// The baseline and the controls of scenarios/controls/, 20 replications each at a reduced size, run once
/// and shared by the mechanism tests (about a minute on two cores).
/// </summary>
public sealed class MechanismArms
{
    public const int Replications = 20;

    private readonly Lazy<RunMeasures[]> _baseline = new(() => ControlRuns.Run("uk-baseline.yaml", Replications));
    private readonly Lazy<RunMeasures[]> _noIdeas = new(() => ControlRuns.Run("controls/no-ideas.yaml", Replications));
    private readonly Lazy<RunMeasures[]> _noFeedbacks = new(() => ControlRuns.Run("controls/no-feedbacks.yaml", Replications));
    private readonly Lazy<RunMeasures[]> _noBrokers = new(() => ControlRuns.Run("controls/no-brokers.yaml", Replications));
    private readonly Lazy<RunMeasures[]> _threeCityFund = new(() => ControlRuns.Run(
        Path.Combine(Scenarios.Repo.Root, "tests", "AdoptionSim.IO.Tests", "Validation", "three-city-fund.yaml"), Replications));

    public RunMeasures[] Baseline => _baseline.Value;
    public RunMeasures[] NoIdeas => _noIdeas.Value;
    public RunMeasures[] NoFeedbacks => _noFeedbacks.Value;
    public RunMeasures[] NoBrokers => _noBrokers.Value;

    /// <summary>An innovation fund confined to three cities (tests/…/Validation/three-city-fund.yaml), for the common-random-numbers test.</summary>
    public RunMeasures[] ThreeCityFund => _threeCityFund.Value;
}

using AdoptionSim.Model;
using AdoptionSim.Model.Measures;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.Statistics;
using AdoptionSim.Model.Tests.Runs;

namespace AdoptionSim.Model.Tests.Policies;

/// <summary>
/// Runs a lever against the baseline under common random numbers (the same seeds in both arms) on the
/// two-city scenario, where city 0 is the hub and city 1 ("Town") the usual target.
/// </summary>
internal static class LeverHarness
{
    public const int Seeds = 6;
    public const int Ticks = 20;

    public static ScenarioSpec Scenario(PolicySpec? policy, Action<ScenarioSpec>? change = null)
    {
        var spec = TestScenarios.TwoCities(Ticks);
        change?.Invoke(spec);
        if (policy is not null) spec.Policies.Add(policy);
        return spec;
    }

    public static RecordingObserver Run(ScenarioSpec spec, long seed)
    {
        var recorder = new RecordingObserver();
        AdoptionModel.Run(spec, new RunOptions(seed, Ticks, 1), recorder);
        return recorder;
    }

    /// <summary>
    /// Paired differences (lever − baseline) of an outcome over the seeds, with a 95% Student-t interval.
    /// A lever "moves" the outcome when the interval excludes 0; with 6 paired seeds this is a t-test at
    /// the 5% level, and common random numbers make the pairs tight enough for the effects tested.
    /// </summary>
    public static SampleSummary Effect(PolicySpec policy, Func<RecordingObserver, double> outcome, Action<ScenarioSpec>? change = null)
    {
        var lever = new double[Seeds];
        var baseline = new double[Seeds];
        for (var s = 0; s < Seeds; s++)
        {
            lever[s] = outcome(Run(Scenario(policy, change), 500 + s));
            baseline[s] = outcome(Run(Scenario(null, change), 500 + s));
        }
        return Summary.PairedDifference(lever, baseline);
    }

    public static double SumOver(RecordingObserver r, int city, Func<CityTickRow, double> value) => r.Rows.Sum(t => value(t[city]));

    public static double Final(RecordingObserver r, int city, Func<CityTickRow, double> value) => value(r.Rows[^1][city]);
}

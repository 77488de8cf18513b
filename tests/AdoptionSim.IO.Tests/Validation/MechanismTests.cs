using AdoptionSim.Model.Statistics;

namespace AdoptionSim.IO.Tests.Validation;

/// <summary>
/// The acceptance of issue 11: the gap between cities comes from adoption, amplified by cumulative causation,
/// not created by it. Each claim is tested against the control that could refute it (scenarios/controls/),
/// with 20 replications (seeds 1000…1019, the same in every arm: common random numbers) at a quarter of the
/// default firms, 60 quarterly ticks. Intervals are 95% Student-t intervals over replications.
/// </summary>
public sealed class MechanismTests(MechanismArms arms) : IClassFixture<MechanismArms>
{
    private static SampleSummary Of(IEnumerable<RunMeasures> runs, Func<RunMeasures, double> measure) =>
        Summary.Of(runs.Select(measure).ToArray());

    private static string Show(SampleSummary s) => $"{s.Mean:F4} [{s.Lower:F4}, {s.Upper:F4}]";

    /// <summary>
    /// Without ideas the feedbacks have nothing to amplify: the rise of σ (sd of log productivity per worker
    /// across cities) must be at most a fifth of the baseline's. Means over 20 replications; the baseline's
    /// rise must also be clearly positive (its interval above 0), or the ratio would mean nothing.
    /// </summary>
    [Fact]
    public void Without_ideas_the_gap_widens_by_at_most_a_fifth_of_the_baseline()
    {
        var baseline = Of(arms.Baseline, r => r.SdLogRise);
        var noIdeas = Of(arms.NoIdeas, r => r.SdLogRise);
        baseline.Lower.Should().BeGreaterThan(0, $"the baseline's σ rises: {Show(baseline)}");
        noIdeas.Mean.Should().BeLessThanOrEqualTo(0.2 * baseline.Mean, $"no ideas {Show(noIdeas)} against the baseline {Show(baseline)}");
    }

    /// <summary>
    /// Cumulative causation amplifies: with every feedback off the gap widens less, the two arms' 95%
    /// intervals apart (the stronger reading of "CIs apart": not merely a paired difference above 0).
    /// </summary>
    [Fact]
    public void Without_feedbacks_the_gap_widens_less_with_intervals_apart()
    {
        var baseline = Of(arms.Baseline, r => r.SdLogRise);
        var noFeedbacks = Of(arms.NoFeedbacks, r => r.SdLogRise);
        var paired = Summary.PairedDifference(arms.Baseline.Select(r => r.SdLogRise).ToArray(), arms.NoFeedbacks.Select(r => r.SdLogRise).ToArray());
        noFeedbacks.Upper.Should().BeLessThan(baseline.Lower, $"no feedbacks {Show(noFeedbacks)} against the baseline {Show(baseline)}; paired {Show(paired)}");
    }

    /// <summary>Innovation by adoption runs through networks: peer and brokered adoptions are the majority (the whole interval above a half).</summary>
    [Fact]
    public void Most_adoptions_run_through_networks()
    {
        var share = Of(arms.Baseline, r => r.ThroughNetworks / (double)r.Adoptions);
        share.Lower.Should().BeGreaterThanOrEqualTo(0.5, $"peer + brokered share of adoptions {Show(share)}");
    }

    /// <summary>
    /// Brokers matter: without them adoption through networks falls, the paired difference (baseline − no
    /// brokers, same seeds) larger than three half-widths of its own 95% interval.
    /// </summary>
    [Fact]
    public void Without_brokers_less_adoption_runs_through_networks()
    {
        var difference = Summary.PairedDifference(
            arms.Baseline.Select(r => (double)r.ThroughNetworks).ToArray(),
            arms.NoBrokers.Select(r => (double)r.ThroughNetworks).ToArray());
        difference.Mean.Should().BeGreaterThan(3 * difference.HalfWidth, $"baseline − no brokers, peer + brokered adoptions: {Show(difference)}");
    }

    /// <summary>
    /// Firm demography within UK ranges: births and deaths of 8–16% of firms a year in every replication
    /// (ONS business demography puts both near 10–14%), and no city's firm count changed by more than a
    /// factor 1.5 either way after 15 years. The factor is checked on each city's mean over the replications:
    /// at a quarter of the default size the smallest cities have about 50 firms, whose count wanders by
    /// ±15% from entry and exit noise alone, which the mean removes while keeping any systematic drift.
    /// </summary>
    [Fact]
    public void Births_and_deaths_are_within_uk_ranges_and_no_city_grows_or_shrinks_by_half()
    {
        foreach (var run in arms.Baseline)
        {
            (run.Entries / run.FirmYears).Should().BeInRange(0.08, 0.16, "births per firm-year");
            (run.Exits / run.FirmYears).Should().BeInRange(0.08, 0.16, "deaths per firm-year");
        }
        var cities = arms.Baseline[0].FirmsStart.Length;
        for (var c = 0; c < cities; c++)
        {
            var ratio = arms.Baseline.Average(run => run.FirmsEnd[c] / (double)run.FirmsStart[c]);
            ratio.Should().BeInRange(1 / 1.5, 1.5, $"mean firms at the end / at the start, city {c}");
        }
    }

    /// <summary>
    /// An idea reaches a plausible share of the firms of its own sector in 15 years. Mansfield (1961) found that
    /// half the firms of an industry took from about 1 to 15 years to adopt each of 12 major innovations, so an
    /// idea born in the first year should, on average, reach between 30% and 80% of its sector by year 15.
    /// </summary>
    [Fact]
    public void Ideas_reach_a_documented_share_of_their_sector_in_fifteen_years()
    {
        var reach = Of(arms.Baseline, r => r.OwnSectorReach);
        reach.Mean.Should().BeInRange(0.3, 0.8, $"own-sector reach of ideas born in year 1, at year 15: {Show(reach)}");
    }

    /// <summary>
    /// Common random numbers hold: for a lever confined to three cities, the paired differences (lever −
    /// baseline, same seed) of total adoptions vary at most a quarter as much as unpaired ones would
    /// (var(lever) + var(baseline)). Before random streams were keyed by entity, any change in entry or exit
    /// reshuffled later draws everywhere and the pairs were nearly independent.
    /// </summary>
    [Fact]
    public void A_lever_in_three_cities_leaves_the_pairs_tight()
    {
        var lever = arms.ThreeCityFund.Select(r => (double)r.Adoptions).ToArray();
        var baseline = arms.Baseline.Select(r => (double)r.Adoptions).ToArray();
        var paired = Summary.PairedDifference(lever, baseline);
        var unpaired = Math.Pow(Summary.Of(lever).StandardDeviation, 2) + Math.Pow(Summary.Of(baseline).StandardDeviation, 2);
        Math.Pow(paired.StandardDeviation, 2).Should().BeLessThanOrEqualTo(0.25 * unpaired,
            $"paired sd {paired.StandardDeviation:F0} against unpaired sd {Math.Sqrt(unpaired):F0} of total adoptions");
    }
}

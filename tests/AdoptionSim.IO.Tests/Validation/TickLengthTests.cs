using AdoptionSim.Model.Statistics;

namespace AdoptionSim.IO.Tests.Validation;

/// <summary>
/// Every rate is per year (issue 11): quarterly and monthly ticks give the same expected trajectories. The UK
/// baseline at a quarter of the default size, 15 years, 20 replications each way; at year 15 the two means of
/// the national adoption share and of σ (sd of log productivity per worker) must agree within the 95% Welch
/// interval of their difference, and so must the adoption shares of at least 90% of the cities (63 intervals at
/// 95%: about 3 would miss by chance if the two were identical; a systematic difference in speed would make
/// most of them miss).
/// </summary>
public sealed class TickLengthTests
{
    private const int Replications = 20;

    private static (double Mean, double HalfWidth) WelchDifference(double[] a, double[] b)
    {
        var sa = Summary.Of(a);
        var sb = Summary.Of(b);
        var va = sa.StandardDeviation * sa.StandardDeviation / a.Length;
        var vb = sb.StandardDeviation * sb.StandardDeviation / b.Length;
        var df = (va + vb) * (va + vb) / (va * va / (a.Length - 1) + vb * vb / (b.Length - 1));
        var t = Summary.StudentTQuantile(0.975, Math.Max(1, (int)Math.Floor(df)));
        return (sa.Mean - sb.Mean, t * Math.Sqrt(va + vb));
    }

    [Fact]
    public void Quarterly_and_monthly_ticks_give_the_same_trajectories()
    {
        var quarterly = ControlRuns.Run("uk-baseline.yaml", Replications, "firms.scale=0.25");
        var monthly = ControlRuns.Run("uk-baseline.yaml", Replications, "firms.scale=0.25", "tick.years=0.08333333333333333", "tick.label=month", "ticks=180");

        var share = WelchDifference(quarterly.Select(r => r.NationalAdoptionShare).ToArray(), monthly.Select(r => r.NationalAdoptionShare).ToArray());
        Math.Abs(share.Mean).Should().BeLessThanOrEqualTo(share.HalfWidth, $"national adoption share, quarterly − monthly {share.Mean:F4} ± {share.HalfWidth:F4}");
        var sigma = WelchDifference(quarterly.Select(r => r.SdLogEnd).ToArray(), monthly.Select(r => r.SdLogEnd).ToArray());
        Math.Abs(sigma.Mean).Should().BeLessThanOrEqualTo(sigma.HalfWidth, $"σ of log productivity, quarterly − monthly {sigma.Mean:F4} ± {sigma.HalfWidth:F4}");

        var cities = quarterly[0].AdoptionShareEnd.Length;
        var agreeing = Enumerable.Range(0, cities).Count(c =>
        {
            var d = WelchDifference(quarterly.Select(r => r.AdoptionShareEnd[c]).ToArray(), monthly.Select(r => r.AdoptionShareEnd[c]).ToArray());
            return Math.Abs(d.Mean) <= d.HalfWidth;
        });
        agreeing.Should().BeGreaterThanOrEqualTo((int)Math.Ceiling(0.9 * cities), "cities whose adoption share agrees within the 95% interval");
    }
}

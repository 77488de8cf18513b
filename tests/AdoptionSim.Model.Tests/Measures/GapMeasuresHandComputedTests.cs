using AdoptionSim.Model.Measures;

namespace AdoptionSim.Model.Tests.Measures;

/// <summary>Every gap measure against arithmetic done by hand on small examples.</summary>
public class GapMeasuresHandComputedTests
{
    private const double Tol = 1e-12;

    // Five cities of equal weight, x = 1, 2, 3, 4, 10; classes {1, 2} and {3, 4, 10}.
    private static readonly double[] FiveX = [1, 2, 3, 4, 10];
    private static readonly double[] FiveW = [1, 1, 1, 1, 1];
    private static readonly int[] FiveG = [0, 0, 1, 1, 1];

    [Fact]
    public void Cv_of_five_equal_weight_cities()
    {
        // μ = 20/5 = 4; deviations −3, −2, −1, 0, 6; squares 9 + 4 + 1 + 0 + 36 = 50; variance 50/5 = 10;
        // CV = √10 / 4 = 0.790569415042…
        GapMeasures.Compute(FiveX, FiveW, FiveG).Cv.Should().BeApproximately(Math.Sqrt(10) / 4, Tol);
    }

    [Fact]
    public void Gini_of_five_equal_weight_cities()
    {
        // Σ_{i<j} |x_i − x_j| = (1+2+3+9) + (1+2+8) + (1+7) + 6 = 40; over ordered pairs 80;
        // G = 80 / (2 · 5² · 4) = 80 / 200 = 0.4.
        GapMeasures.Compute(FiveX, FiveW, FiveG).Gini.Should().BeApproximately(0.4, Tol);
    }

    [Fact]
    public void Quintile_ratio_of_five_equal_weight_cities_is_top_city_over_bottom_city()
    {
        // One fifth of the weight is exactly one city: 10 / 1.
        GapMeasures.Compute(FiveX, FiveW, FiveG).TopBottomQuintileRatio.Should().BeApproximately(10, Tol);
    }

    [Fact]
    public void SdLog_of_five_cities()
    {
        // ln x = 0, 0.693147, 1.098612, 1.386294, 2.302585; mean 1.096128; squared deviations
        // 1.201496 + 0.162393 + 0.000006 + 0.084197 + 1.455539 = 2.903632; /5 = 0.580726; √ = 0.762054.
        var s = GapMeasures.Compute(FiveX, FiveW, FiveG);
        s.SdLog.Should().BeApproximately(0.7620540058646416, 1e-12);
        s.NonPositiveCount.Should().Be(0);
        s.Count.Should().Be(5);
    }

    [Fact]
    public void Theil_and_its_decomposition_for_five_cities()
    {
        // S = Σ x = 20, μ = 4. T = (1/20) Σ x ln(x/4)
        //   = (1·ln .25 + 2·ln .5 + 3·ln .75 + 0 + 10·ln 2.5)/20 = (−1.386294 − 1.386294 − 0.863046 + 9.162907)/20 = 0.276364.
        // Groups: μ_0 = 1.5 (S_0 = 3), μ_1 = 17/3 (S_1 = 17).
        // Between = (3 ln(1.5/4) + 17 ln((17/3)/4))/20 = (−2.942488 + 5.921212)/20 = 0.148936.
        // Within = (1 ln(1/1.5) + 2 ln(2/1.5) + 3 ln(3/(17/3)) + 4 ln(4/(17/3)) + 10 ln(10/(17/3)))/20
        //        = (−0.405465 + 0.575364 − 1.907968 − 1.393229 + 5.679840)/20 = 0.127427.
        var s = GapMeasures.Compute(FiveX, FiveW, FiveG);
        s.Theil.Should().BeApproximately(0.27636361895732137, 1e-12);
        s.TheilBetween.Should().BeApproximately(0.1489363021762245, 1e-12);
        s.TheilWithin.Should().BeApproximately(0.1274273167810968, 1e-12);
    }

    // Two cities: x = 1 with weight 3, x = 3 with weight 1, in different classes.
    private static readonly double[] TwoX = [1, 3];
    private static readonly double[] TwoW = [3, 1];
    private static readonly int[] TwoG = [0, 1];

    [Fact]
    public void Weighted_measures_of_two_cities()
    {
        // W = 4, S = 3·1 + 1·3 = 6, μ = 1.5.
        var s = GapMeasures.Compute(TwoX, TwoW, TwoG);
        // Variance = (3·0.5² + 1·1.5²)/4 = (0.75 + 2.25)/4 = 0.75; CV = √0.75 / 1.5 = 1/√3.
        s.Cv.Should().BeApproximately(1 / Math.Sqrt(3), Tol);
        // ΣΣ w_i w_j |x_i − x_j| = 2·3·1·2 = 12; G = 12 / (2·4²·1.5) = 12/48 = 0.25.
        s.Gini.Should().BeApproximately(0.25, Tol);
        // T = (3·1·ln(1/1.5) + 1·3·ln(3/1.5))/6 = (3 ln(2/3) + 3 ln 2)/6 = 0.143841.
        s.Theil.Should().BeApproximately((3 * Math.Log(2.0 / 3) + 3 * Math.Log(2)) / 6, Tol);
        // One city per class: every bit of inequality is between classes.
        s.TheilBetween.Should().BeApproximately(s.Theil, Tol);
        s.TheilWithin.Should().BeApproximately(0, Tol);
        // A fifth of W is 0.8: the bottom fifth is all inside the x = 1 city, the top fifth inside x = 3: 3/1.
        s.TopBottomQuintileRatio.Should().BeApproximately(3, Tol);
        // SD of logs is unweighted: ln 1 = 0 and ln 3 around their mean ln3/2, so σ = ln3/2.
        s.SdLog.Should().BeApproximately(Math.Log(3) / 2, Tol);
    }

    [Fact]
    public void Weighted_sd_of_logs_of_two_cities()
    {
        // Two points d = ln 3 apart with weight shares 3/4 and 1/4: σ_w = d·√(p(1−p)) = ln3·√(3/16) = 0.475713.
        GapMeasures.SdLogWeighted(TwoX, TwoW).Should().BeApproximately(Math.Log(3) * Math.Sqrt(3.0 / 16), Tol);
    }

    [Fact]
    public void Integer_weights_equal_repeating_the_city()
    {
        // Weighting a city by 3 is the same distribution as listing it three times.
        var weighted = GapMeasures.Compute(TwoX, TwoW, TwoG);
        var repeated = GapMeasures.ComputeUnweighted([1, 1, 1, 3], [0, 0, 0, 1]);
        weighted.Cv.Should().BeApproximately(repeated.Cv, Tol);
        weighted.Theil.Should().BeApproximately(repeated.Theil, Tol);
        weighted.TheilBetween.Should().BeApproximately(repeated.TheilBetween, Tol);
        weighted.Gini.Should().BeApproximately(repeated.Gini, Tol);
        weighted.TopBottomQuintileRatio.Should().BeApproximately(repeated.TopBottomQuintileRatio, Tol);
    }

    [Fact]
    public void Quintile_cut_splits_a_straddling_city()
    {
        // 7 equal cities 1..7: a fifth is 1.4 cities. Bottom = (1 + 0.4·2)/1.4, top = (7 + 0.4·6)/1.4; ratio 9.4/1.8.
        double[] x = [1, 2, 3, 4, 5, 6, 7];
        GapMeasures.TopBottomQuintileRatio(x, [1, 1, 1, 1, 1, 1, 1]).Should().BeApproximately(9.4 / 1.8, Tol);
    }

    [Fact]
    public void Single_measure_methods_agree_with_the_snapshot()
    {
        var s = GapMeasures.Compute(TwoX, TwoW, TwoG);
        GapMeasures.CoefficientOfVariation(TwoX, TwoW).Should().Be(s.Cv);
        GapMeasures.Gini(TwoX, TwoW).Should().Be(s.Gini);
        GapMeasures.TopBottomQuintileRatio(TwoX, TwoW).Should().Be(s.TopBottomQuintileRatio);
        GapMeasures.Theil(TwoX, TwoW, TwoG).Should().Be(new TheilDecomposition(s.Theil, s.TheilBetween, s.TheilWithin));
        GapMeasures.SdLog(TwoX, out var excluded).Should().Be(s.SdLog);
        excluded.Should().Be(0);
    }

    [Fact]
    public void Gini_matches_the_pairwise_definition_on_random_weighted_data()
    {
        // The O(N) sorted formula against the O(N²) definition Σ_i Σ_j w_i w_j |x_i − x_j| / (2 W² μ).
        var rng = new Core.Random.SplitMix64(7);
        var x = new double[60];
        var w = new double[60];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = Math.Floor(rng.NextDouble() * 10); // many ties on purpose
            w[i] = 1 + rng.NextInt(20);
        }
        double pairs = 0, weight = 0, sum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            weight += w[i];
            sum += w[i] * x[i];
            for (var j = 0; j < x.Length; j++) pairs += w[i] * w[j] * Math.Abs(x[i] - x[j]);
        }
        var expected = pairs / (2 * weight * weight * (sum / weight));
        GapMeasures.Gini(x, w).Should().BeApproximately(expected, 1e-12);
    }
}

using AdoptionSim.Analysis.Sampling;
using AdoptionSim.Analysis.Sensitivity;

namespace AdoptionSim.Analysis.Tests.Sensitivity;

public sealed class MorrisTests
{
    [Fact]
    public void Each_Step_Of_A_Trajectory_Moves_One_Parameter_By_Delta_On_The_Grid()
    {
        var space = new ParameterSpace(Enumerable.Range(0, 5).Select(i => Parameter.Uniform($"p{i}", 0, 1)));
        var design = MorrisDesign.Create(space, 20, 4, seed: 11);
        design.Delta.Should().BeApproximately(2.0 / 3, 1e-15);
        design.RunCount.Should().Be(20 * 6);
        foreach (var u in design.Unit)
            u.Should().OnlyContain(x => Math.Abs(x * 3 - Math.Round(x * 3)) < 1e-12, "every coordinate is a level 0, 1/3, 2/3 or 1");
        var downward = 0;
        for (var t = 0; t < 20; t++)
        {
            var moved = new List<int>();
            for (var s = 1; s <= 5; s++)
            {
                var (before, after) = (design.Unit[t * 6 + s - 1], design.Unit[t * 6 + s]);
                var changed = Enumerable.Range(0, 5).Where(i => before[i] != after[i]).ToArray();
                changed.Should().Equal(design.MovedAt(t, s));
                Math.Abs(after[changed[0]] - before[changed[0]]).Should().BeApproximately(design.Delta, 1e-12);
                moved.Add(changed[0]);
                if (after[changed[0]] < before[changed[0]]) downward++;
            }
            moved.Should().BeEquivalentTo(Enumerable.Range(0, 5), "each parameter moves once");
        }
        // Morris's random direction D*: about half the 100 steps go down (binomial sd 5, so 30–70 is ±4 sd).
        downward.Should().BeInRange(30, 70);
    }

    [Fact]
    public void A_Linear_Function_Has_Exact_Effects_Equal_To_Slope_Times_Range()
    {
        // y = 2x₁ − 5x₂ + 0·x₃ on [0, 10] × [1, 2] × [−1, 1]: every elementary effect of x_i is β_i(b_i − a_i).
        var space = new ParameterSpace(Parameter.Uniform("x1", 0, 10), Parameter.Uniform("x2", 1, 2), Parameter.Uniform("x3", -1, 1));
        var design = MorrisDesign.Create(space, 10, 4, seed: 2);
        var effects = MorrisEffects.Estimate(design, design.Values.Select(x => 2 * x[0] - 5 * x[1]).ToArray());
        double[] mu = [20, -5, 0];
        for (var i = 0; i < 3; i++)
        {
            effects[i].Mu.Should().BeApproximately(mu[i], 1e-9);
            effects[i].MuStar.Should().BeApproximately(Math.Abs(mu[i]), 1e-9);
            effects[i].Sigma.Should().BeApproximately(0, 1e-9);
            effects[i].MuStarInterval.Lower.Should().BeApproximately(Math.Abs(mu[i]), 1e-9);
        }
    }

    [Fact]
    public void Ishigami_Effects_Match_Their_Exact_Expectation_Under_The_Morris_Design()
    {
        // At the step that moves x_i, x_i goes between a lower level ℓ and ℓ + Δ (ℓ uniform on the lower p/2 levels)
        // and every other coordinate is uniform on all p levels, independently. So E|EE_i| and E EE_i are averages
        // over that finite grid: computed exactly here, compared with r = 400 trajectories within 4 standard errors.
        const int r = 400;
        var space = TestFunctions.IshigamiSpace();
        var design = MorrisDesign.Create(space, r, 4, seed: 8);
        var effects = MorrisEffects.Estimate(design, design.Values.Select(TestFunctions.Ishigami).ToArray());
        for (var i = 0; i < 3; i++)
        {
            var exact = ExactEffects(space, i, levels: 4);
            var meanAbs = exact.Average(Math.Abs);
            var sdAbs = Math.Sqrt(exact.Average(e => (Math.Abs(e) - meanAbs) * (Math.Abs(e) - meanAbs)));
            var mean = exact.Average();
            var sd = Math.Sqrt(exact.Average(e => (e - mean) * (e - mean)));
            effects[i].MuStar.Should().BeApproximately(meanAbs, 4 * sdAbs / Math.Sqrt(r), $"μ* of x{i + 1}");
            effects[i].Mu.Should().BeApproximately(mean, 4 * sd / Math.Sqrt(r), $"μ of x{i + 1}");
            effects[i].Sigma.Should().BeApproximately(sd, 0.15 * sd, $"σ of x{i + 1}");
            effects[i].MuStarInterval.Contains(meanAbs).Should().BeTrue($"the μ* interval of x{i + 1} covers {meanAbs}");
        }
    }

    [Fact]
    public void Selecting_For_Spread_Gives_More_Spread_Than_The_Plain_Design()
    {
        var space = new ParameterSpace(Enumerable.Range(0, 4).Select(i => Parameter.Uniform($"p{i}", 0, 1)));
        var plain = MorrisDesign.Create(space, 10, 4, seed: 3);
        var spread = MorrisDesign.Create(space, 10, 4, seed: 3, candidates: 60);
        spread.Trajectories.Should().Be(10);
        MorrisSpread.Spread(Trajectories(spread)).Should().BeGreaterThan(MorrisSpread.Spread(Trajectories(plain)) * 1.05);
        MorrisDesign.Create(space, 10, 4, seed: 3, candidates: 60).Unit.Should().BeEquivalentTo(spread.Unit, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Odd_Levels_And_Too_Few_Candidates_Are_Refused()
    {
        var space = TestFunctions.IshigamiSpace();
        FluentActions.Invoking(() => MorrisDesign.Create(space, 10, 5, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*even number of levels*");
        FluentActions.Invoking(() => MorrisDesign.Create(space, 10, 4, 1, candidates: 5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*at least 10 candidates*");
    }

    private static double[][][] Trajectories(MorrisDesign design)
    {
        var k = design.Space.Count;
        return Enumerable.Range(0, design.Trajectories).Select(t => design.Unit.Skip(t * (k + 1)).Take(k + 1).ToArray()).ToArray();
    }

    /// <summary>Every equally likely elementary effect of parameter i: lower level × levels of the others.</summary>
    private static List<double> ExactEffects(ParameterSpace space, int i, int levels)
    {
        var delta = levels / (2.0 * (levels - 1));
        var grid = Enumerable.Range(0, levels).Select(l => l / (double)(levels - 1)).ToArray();
        var result = new List<double>();
        var others = Enumerable.Range(0, space.Count).Where(j => j != i).ToArray();
        foreach (var lower in grid.Take(levels / 2))
            foreach (var a in grid)
                foreach (var b in grid)
                {
                    var u = new double[3];
                    u[others[0]] = a;
                    u[others[1]] = b;
                    u[i] = lower;
                    var y0 = TestFunctions.Ishigami(space.ToValues(u));
                    u[i] = lower + delta;
                    var y1 = TestFunctions.Ishigami(space.ToValues(u));
                    result.Add((y1 - y0) / delta);
                }
        return result;
    }
}

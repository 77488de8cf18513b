using AdoptionSim.Analysis.Statistics;

namespace AdoptionSim.Analysis.Sampling;

/// <summary>
/// Morris's one-at-a-time trajectories (M. D. Morris, "Factorial sampling plans for preliminary computational
/// experiments", Technometrics 33 (1991) 161–174). Each coordinate lives on the grid {0, 1/(p−1), …, 1} of p
/// levels (p even); a trajectory starts at a random grid point and moves each parameter once, in random order, by
/// Δ = p / (2(p − 1)) up or down, so its k + 1 runs give one elementary effect per parameter. With more
/// candidates than trajectories, the trajectories kept are chosen for spread as Campolongo, Cariboni and Saltelli
/// propose ("An effective screening design for sensitivity analysis of large models", Environ. Model. Softw. 22
/// (2007) 1509–1518), by greedy forward selection (<see cref="MorrisSpread"/>) instead of their exhaustive search.
/// <para>Runs are laid out trajectory by trajectory: run t(k + 1) + s is step s (0 = start) of trajectory t.</para>
/// </summary>
public sealed class MorrisDesign
{
    private readonly double[][] _unit;
    private readonly double[][] _values;
    private readonly int[][] _moved;

    private MorrisDesign(ParameterSpace space, int levels, ulong seed, double[][] unit, int[][] moved)
    {
        Space = space;
        Levels = levels;
        Seed = seed;
        _unit = unit;
        _moved = moved;
        _values = unit.Select(u => space.ToValues(u)).ToArray();
    }

    /// <summary>The inputs the design varies.</summary>
    public ParameterSpace Space { get; }

    /// <summary>p, the number of grid levels per coordinate.</summary>
    public int Levels { get; }

    /// <summary>Δ = p / (2(p − 1)), the step in unit coordinates.</summary>
    public double Delta => Levels / (2.0 * (Levels - 1));

    /// <summary>The seed the design was made with.</summary>
    public ulong Seed { get; }

    /// <summary>r, the number of trajectories.</summary>
    public int Trajectories => _moved.Length;

    /// <summary>r(k + 1).</summary>
    public int RunCount => _unit.Length;

    /// <summary>Each run's unit-cube coordinates, in run order.</summary>
    public IReadOnlyList<double[]> Unit => _unit;

    /// <summary>Each run's model values, in run order.</summary>
    public IReadOnlyList<double[]> Values => _values;

    /// <summary>The trajectory a run belongs to and its step in it (0 = the start).</summary>
    public (int Trajectory, int Step) Describe(int run)
    {
        if (run < 0 || run >= RunCount) throw new ArgumentOutOfRangeException(nameof(run), run, $"the design has runs 0 to {RunCount - 1}");
        return (run / (Space.Count + 1), run % (Space.Count + 1));
    }

    /// <summary>The parameter that step s (1 … k) of trajectory t moves.</summary>
    public int MovedAt(int trajectory, int step) => _moved[trajectory][step - 1];

    /// <param name="space">The inputs.</param>
    /// <param name="trajectories">r ≥ 2.</param>
    /// <param name="levels">p, even and ≥ 2 (4 is usual).</param>
    /// <param name="seed">Seeds the trajectories.</param>
    /// <param name="candidates">0 for Morris's design; otherwise M ≥ r candidates of which the r most spread are kept.</param>
    public static MorrisDesign Create(ParameterSpace space, int trajectories, int levels, ulong seed, int candidates = 0)
    {
        if (trajectories < 2) throw new ArgumentOutOfRangeException(nameof(trajectories), trajectories, "expected at least 2 trajectories");
        if (levels < 2 || levels % 2 != 0) throw new ArgumentOutOfRangeException(nameof(levels), levels, "expected an even number of levels, at least 2");
        if (candidates != 0 && candidates < trajectories)
            throw new ArgumentOutOfRangeException(nameof(candidates), candidates, $"expected 0 or at least {trajectories} candidates");
        var pool = Math.Max(trajectories, candidates);
        var made = new (double[][] Points, int[] Order)[pool];
        for (var c = 0; c < pool; c++) made[c] = Trajectory(space.Count, levels, AnalysisStreams.Key(seed, AnalysisStream.MorrisTrajectory, c));
        var kept = candidates == 0
            ? Enumerable.Range(0, trajectories).ToArray()
            : MorrisSpread.SelectGreedy(made.Select(m => m.Points).ToArray(), trajectories);
        var unit = kept.SelectMany(c => made[c].Points).ToArray();
        var moved = kept.Select(c => made[c].Order).ToArray();
        return new MorrisDesign(space, levels, seed, unit, moved);
    }

    /// <summary>
    /// One trajectory: a base point x* with coordinates in {0, …, p/2 − 1}/(p − 1), a random sign per parameter
    /// (start at x* and step up, or start at x* + Δ and step down) and a random order of the parameters. This is
    /// Morris's B* = (J x* + (Δ/2)[(2B − J)D* + J])P* written out. Levels are kept as integers ℓ ∈ {0, …, p − 1}
    /// (coordinate ℓ/(p − 1)), where Δ is p/2 levels, so the grid is exact.
    /// </summary>
    private static (double[][] Points, int[] Order) Trajectory(int k, int levels, ulong key)
    {
        var draws = new Draws(key);
        var half = levels / 2;
        var level = new int[k];
        for (var i = 0; i < k; i++) level[i] = draws.Below(half) + (draws.Below(2) == 0 ? 0 : half);
        var order = draws.Permutation(k);
        var points = new double[k + 1][];
        points[0] = Coordinates(level, levels);
        for (var s = 1; s <= k; s++)
        {
            var i = order[s - 1];
            level[i] += level[i] < half ? half : -half;
            points[s] = Coordinates(level, levels);
        }
        return (points, order);
    }

    private static double[] Coordinates(int[] level, int levels) => level.Select(l => l / (double)(levels - 1)).ToArray();
}

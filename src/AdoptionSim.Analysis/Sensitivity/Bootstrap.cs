using AdoptionSim.Analysis.Statistics;

namespace AdoptionSim.Analysis.Sensitivity;

/// <summary>Percentile bootstrap over resampled units, deterministic given the seed (resample b has its own stream).</summary>
internal static class Bootstrap
{
    /// <summary>
    /// For each of the options' resamples, draws <paramref name="units"/> unit indices with replacement and
    /// evaluates <paramref name="statistics"/> (which returns one value per measured quantity); returns the
    /// percentile interval of each quantity.
    /// </summary>
    public static Interval[] Percentile(int units, int quantities, Func<int[], double[]> statistics, BootstrapOptions options)
    {
        options.Check();
        var replicates = new double[quantities][];
        for (var q = 0; q < quantities; q++) replicates[q] = new double[options.Resamples];
        var sample = new int[units];
        for (var b = 0; b < options.Resamples; b++)
        {
            var draws = new Draws(AnalysisStreams.Key(options.Seed, AnalysisStream.Bootstrap, b));
            for (var j = 0; j < units; j++) sample[j] = draws.Below(units);
            var values = statistics(sample);
            for (var q = 0; q < quantities; q++) replicates[q][b] = values[q];
        }
        var tail = (1 - options.Level) / 2;
        return replicates.Select(r =>
        {
            Array.Sort(r);
            return new Interval(Quantiles.OfSorted(r, tail), Quantiles.OfSorted(r, 1 - tail));
        }).ToArray();
    }
}

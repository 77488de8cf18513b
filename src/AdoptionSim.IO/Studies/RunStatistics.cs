using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Studies;

/// <summary>
/// Reads the numbers a calibration or sensitivity analysis takes from one run: the run's city_ticks and
/// gap_ticks files in the sweep dataset, reduced to one value per <see cref="MeasureProbe"/>. A city's value is
/// its row; a national value combines the cities as the column declares, exactly as <c>summarize</c> does
/// (<see cref="SummaryData.Totals"/>). A probe the run cannot give (a tick past its end, a city with no row, a
/// zero-firm weighted mean) is NaN: calibration then counts the run as infinitely far from the data.
/// </summary>
public static class RunStatistics
{
    /// <summary>One value per probe, in order.</summary>
    public static double[] Read(string cityTicksFile, string gapTicksFile, IReadOnlyList<MeasureProbe> probes)
    {
        var replicate = new SummaryReplicate(0, 0, cityTicksFile, gapTicksFile);
        var identity = SummaryInput.StandardIdentity.ToHashSet(StringComparer.Ordinal);
        var city = probes.Any(p => p.Measure.Source == MeasureSource.CityTicks)
            ? SummaryData.Load(ParquetFile.Read(cityTicksFile), replicate, null, "city", null, identity)
            : null;
        var national = city is not null && probes.Any(p => p.Measure.Source == MeasureSource.CityTicks && p.City is null)
            ? SummaryData.Totals(city, RunTables.CityTicks, weightColumn: "firms")
            : null;
        var gap = probes.Any(p => p.Measure.Source == MeasureSource.GapTicks)
            ? SummaryData.Load(ParquetFile.Read(gapTicksFile), replicate, "variable", null, null, identity)
            : null;

        double At(MeasureProbe probe, int tick) => probe.Measure.Source switch
        {
            MeasureSource.GapTicks => gap!.ValueOf(new RowKey(tick, probe.Measure.Variable!, ""), probe.Measure.Column, double.NaN),
            _ when probe.City is { } name => city!.ValueOf(new RowKey(tick, "", name), probe.Measure.Column, double.NaN),
            _ => national!.ValueOf(new RowKey(tick, "", ""), probe.Measure.Column, double.NaN),
        };

        return probes.Select(p => p.ChangeFrom is { } from ? At(p, p.Tick) - At(p, from) : At(p, p.Tick)).ToArray();
    }
}

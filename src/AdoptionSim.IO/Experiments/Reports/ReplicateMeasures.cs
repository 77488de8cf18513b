using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Experiments.Reports;

/// <summary>
/// What one replicate of a sweep comes to over the whole run, read from its city_ticks and gap_ticks: the
/// measures the mechanism report compares between arms. Per replicate, so that arms can be paired by seed.
/// </summary>
public sealed record ReplicateMeasures(
    int Replicate,
    double SigmaStart,
    double SigmaEnd,
    double NationalAdoptionShare,
    double NetworkShare,
    double BirthsPerYear,
    double DeathsPerYear)
{
    /// <summary>Rise of σ (sd of log productivity per worker across cities) from the first to the last tick.</summary>
    public double SigmaRise => SigmaEnd - SigmaStart;

    public static ReplicateMeasures Read(SummaryReplicate replicate, double tickYears)
    {
        var gap = ParquetFile.Read(replicate.GapTicks);
        var variable = gap.GetString("variable");
        var gapTick = gap.GetInt32("tick");
        var sdLog = gap.GetDouble("sd_log");
        int first = int.MaxValue, last = int.MinValue;
        double start = double.NaN, end = double.NaN;
        for (var i = 0; i < gap.RowCount; i++)
        {
            if (variable[i] != "mean_productivity") continue;
            if (gapTick[i] < first) (first, start) = (gapTick[i], sdLog[i]);
            if (gapTick[i] > last) (last, end) = (gapTick[i], sdLog[i]);
        }

        var city = ParquetFile.Read(replicate.CityTicks);
        var tick = city.GetInt32("tick");
        var firms = city.GetInt32("firms");
        var share = city.GetDouble("adoption_share");
        var external = city.GetInt32("adoptions_external");
        var peer = city.GetInt32("adoptions_peer");
        var brokered = city.GetInt32("adoptions_brokered");
        var procurement = city.GetInt32("adoptions_procurement");
        var entries = city.GetInt32("entries");
        var exits = city.GetInt32("exits");
        var lastTick = tick.Length == 0 ? 0 : tick.Max();
        double adoptions = 0, network = 0, born = 0, died = 0, firmYears = 0, firmsEnd = 0, sharedEnd = 0;
        for (var i = 0; i < city.RowCount; i++)
        {
            if (tick[i] == lastTick)
            {
                firmsEnd += firms[i];
                sharedEnd += firms[i] * share[i];
            }
            if (tick[i] == 0) continue;
            adoptions += external[i] + peer[i] + brokered[i] + procurement[i];
            network += peer[i] + brokered[i];
            born += entries[i];
            died += exits[i];
            firmYears += firms[i] * tickYears;
        }
        return new ReplicateMeasures(replicate.Replicate, start, end,
            firmsEnd > 0 ? sharedEnd / firmsEnd : double.NaN,
            adoptions > 0 ? network / adoptions : double.NaN,
            firmYears > 0 ? born / firmYears : double.NaN,
            firmYears > 0 ? died / firmYears : double.NaN);
    }
}

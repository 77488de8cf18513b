using System.Globalization;
using System.Text.Json.Nodes;
using AdoptionSim.Charts;
using AdoptionSim.IO.Figures;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Calibration;

/// <summary>
/// The figures of a calibration folder, drawn from its files: <c>fitted-vs-observed</c> (fitted.parquet and
/// moments.parquet) and, for ABC, <c>posterior</c> (posterior.parquet over the priors in calibration.json). The
/// command writes them as SVG; <c>adoptionsim plot DIR</c> redraws them (PNG too).
/// </summary>
public static class CalibrationPlots
{
    public static bool IsCalibrationFolder(string directory) => File.Exists(Path.Combine(directory, CalibrationOutputs.SummaryFile));

    public static IReadOnlyList<(string Name, FigureSpec Figure)> Figures(string directory)
    {
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, CalibrationOutputs.SummaryFile)))!.AsObject();
        var calibration = summary["calibration"]!.AsObject();
        var name = calibration["name"]!.GetValue<string>();
        var method = calibration["method"]!.GetValue<string>();
        var startYear = calibration["observed"]?["start_year"]?.GetValue<double>();
        var tickYears = calibration["tick_years"]!.GetValue<double>();
        double Time(int tick, double? year) => year ?? (startYear is { } s ? s + tick * tickYears : tick * tickYears);

        var fitted = ParquetFile.Read(Path.Combine(directory, "fitted.parquet"));
        var moments = ParquetFile.Read(Path.Combine(directory, "moments.parquet"));
        var series = new List<FittedSeries>();
        foreach (var (measure, city) in Pairs(fitted))
        {
            var rows = Rows(fitted, measure, city);
            var observed = Rows(moments, measure, city);
            var fTicks = fitted.GetInt32("tick");
            var fYears = fitted.GetDouble("year");
            var fNull = fitted.GetNullMask("year");
            var oTicks = moments.GetInt32("tick");
            var oYears = moments.GetDouble("year");
            var oNull = moments.GetNullMask("year");
            var shortName = measure[(measure.IndexOf('.') + 1)..];
            series.Add(new FittedSeries($"{city ?? "national"}: {shortName}", shortName,
                rows.Select(r => Time(fTicks[r], fNull?[r] == true ? null : fYears[r])).ToArray(),
                rows.Select(r => fitted.GetDouble("fitted")[r]).ToArray(), rows.Select(r => fitted.GetDouble("fitted_low")[r]).ToArray(),
                rows.Select(r => fitted.GetDouble("fitted_high")[r]).ToArray(),
                observed.Select(r => Time(oTicks[r], oNull?[r] == true ? null : oYears[r])).ToArray(), observed.Select(r => moments.GetDouble("observed")[r]).ToArray()));
        }

        var what = method == "smm" ? "runs at the estimate" : "posterior particles' runs, weighted";
        var figures = new List<(string, FigureSpec)>
        {
            ("fitted-vs-observed", CalibrationFigures.FittedVsObserved($"Fitted against observed: {name}", $"{method}; fitted: mean and 95% range of the {what}",
                startYear is null ? "years since tick 0" : "year", series)),
        };
        if (File.Exists(Path.Combine(directory, "posterior.parquet")))
        {
            var posterior = ParquetFile.Read(Path.Combine(directory, "posterior.parquet"));
            var weights = posterior.GetDouble("weight");
            var marginals = calibration["parameters"]!.AsArray().Select(p => new PosteriorMarginal(p!["key"]!.GetValue<string>(),
                posterior.GetDouble(p["key"]!.GetValue<string>()), weights, p["lower"]!.GetValue<double>(), p["upper"]!.GetValue<double>())).ToList();
            var epsilon = summary["epsilon"]?.GetValue<double>();
            figures.Add(("posterior", CalibrationFigures.Posterior($"Posterior marginals: {name}",
                $"{method}: {weights.Length} weighted draws over each prior range" + (epsilon is { } e ? $"; tolerance ε = {e.ToString("G3", CultureInfo.InvariantCulture)}" : ""),
                marginals)));
        }

        return figures;
    }

    public static IReadOnlyList<string> Write(string directory, string output, FigureFormat format, IReadOnlyCollection<string>? only = null,
        PngConverter? converter = null) =>
        Figures(directory).Where(f => only is null || only.Contains(f.Name)).Select(f => FigureWriter.Write(f.Figure, output, f.Name, format, converter: converter)).ToList();

    private static List<(string Measure, string? City)> Pairs(ParquetTable table)
    {
        var measures = table.GetString("measure");
        var cities = table.GetString("city");
        return Enumerable.Range(0, table.RowCount).Select(r => (measures[r]!, cities[r])).Distinct().ToList();
    }

    private static List<int> Rows(ParquetTable table, string measure, string? city)
    {
        var measures = table.GetString("measure");
        var cities = table.GetString("city");
        return Enumerable.Range(0, table.RowCount).Where(r => measures[r] == measure && cities[r] == city).ToList();
    }
}

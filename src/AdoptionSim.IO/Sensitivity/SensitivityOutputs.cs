using System.Text.Json.Nodes;
using AdoptionSim.Analysis.Sensitivity;
using AdoptionSim.Charts;
using AdoptionSim.IO.Studies;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Sensitivity;

/// <summary>
/// What a sensitivity analysis writes into its folder (besides the runs under <c>batches/</c>):
/// <list type="bullet">
/// <item><c>design.parquet</c>: one row per design point: its place in the design, its sweep point, each parameter's value and unit coordinate;</item>
/// <item><c>outputs.parquet</c>: one row per run and response: design point, replicate, seed, value;</item>
/// <item><c>indices.parquet</c>: one row per response and parameter: μ, μ*, its interval, σ (Morris) or S, ST and their intervals (Sobol');</item>
/// <item><c>sensitivity.json</c>: the resolved file with provenance (file and scenario SHA-256, seeds, version) and the same estimates;</item>
/// <item><c>figures/</c>: μ*–σ and μ* bars (Morris) or index bars (Sobol') per response, as SVG (<see cref="SensitivityPlots"/>).</item>
/// </list>
/// No clock time is written, so a resumed or sharded analysis writes the same bytes.
/// </summary>
public static class SensitivityOutputs
{
    public const string SummaryFile = "sensitivity.json";

    /// <summary>The resolved file: the shared part, the method and its settings, the responses.</summary>
    public static JsonObject Resolved(SensitivitySpec spec)
    {
        var resolved = StudyManifest.Resolved(spec.Setup);
        resolved["method"] = spec.Method == SensitivityMethod.Morris ? "morris" : "sobol";
        resolved["settings"] = spec.Method == SensitivityMethod.Morris
            ? new JsonObject { ["trajectories"] = spec.Trajectories, ["levels"] = spec.Levels, ["candidates"] = spec.Candidates }
            : new JsonObject { ["base_samples"] = spec.BaseSamples };
        resolved["replications"] = spec.Replications;
        resolved["replicate_seeds"] = new JsonArray(SensitivityRunner.ReplicateSeeds(spec).Select(s => (JsonNode?)s).ToArray());
        resolved["bootstrap_resamples"] = spec.BootstrapResamples;
        resolved["design_points"] = spec.DesignPoints;
        resolved["runs"] = spec.RunCount;
        resolved["responses"] = new JsonArray(spec.Responses.Select(r => (JsonNode?)new JsonObject
        {
            ["name"] = r.Name,
            ["output"] = r.Output,
            ["measure"] = r.Probe.Measure.Text,
            ["tick"] = r.Probe.Tick,
            ["change_from"] = r.Probe.ChangeFrom,
        }).ToArray());
        return resolved;
    }

    /// <summary>Writes the tables, the summary and the SVG figures; returns the files written.</summary>
    public static IReadOnlyList<string> Write(string directory, SensitivitySpec spec, JsonObject resolved, SensitivityDesign design,
        IReadOnlyList<long> seeds, IReadOnlyList<StudyRunRecord> records, IReadOnlyList<ResponseEstimates> estimates)
    {
        var metadata = StudyManifest.ParquetMetadata(SensitivityRunner.Kind, spec.Setup, resolved);
        var space = spec.Setup.Space;
        var files = new List<string>();

        var designTable = new StudyTable(new ParquetColumn[] { new("design_point", ParquetType.Int32), new("point", ParquetType.String),
                new("group", ParquetType.String), new("index", ParquetType.Int32) }
            .Concat(space.Parameters.Select(p => new ParquetColumn(p.Name, ParquetType.Double)))
            .Concat(space.Parameters.Select(p => new ParquetColumn(p.Name + ".unit", ParquetType.Double))).ToArray());
        for (var i = 0; i < design.Count; i++)
        {
            var (group, index) = design.Describe(i);
            designTable.Add([i, records[i * seeds.Count].Point, group, index, .. design.Values[i].Cast<object?>(), .. design.Unit[i].Cast<object?>()]);
        }

        files.Add(WriteTable(designTable, directory, "design.parquet", metadata));

        var outputs = new StudyTable([new("design_point", ParquetType.Int32), new("replicate", ParquetType.Int32), new("seed", ParquetType.Int64),
            new("point", ParquetType.String), new("response", ParquetType.String), new("value", ParquetType.Double)]);
        for (var run = 0; run < records.Count; run++)
            for (var k = 0; k < spec.Responses.Count; k++)
                outputs.Add(run / seeds.Count, run % seeds.Count, records[run].Request.Seed, records[run].Point, spec.Responses[k].Name, records[run].Statistics[k]);
        files.Add(WriteTable(outputs, directory, "outputs.parquet", metadata));

        files.Add(WriteTable(IndicesTable(spec.Method, estimates), directory, "indices.parquet", metadata));

        var summary = Path.Combine(directory, SummaryFile);
        StudyManifest.WriteSummary(summary, SensitivityRunner.Kind, resolved, new JsonObject { ["results"] = Results(estimates) });
        files.Add(summary);
        files.AddRange(SensitivityPlots.Write(directory, Path.Combine(directory, "figures"), FigureFormat.Svg));
        return files;
    }

    private static string WriteTable(StudyTable table, string directory, string name, IReadOnlyList<KeyValuePair<string, string>> metadata)
    {
        var path = Path.Combine(directory, name);
        table.Write(path, metadata);
        return path;
    }

    private static StudyTable IndicesTable(SensitivityMethod method, IReadOnlyList<ResponseEstimates> estimates)
    {
        if (method == SensitivityMethod.Morris)
        {
            var morris = new StudyTable([new("response", ParquetType.String), new("parameter", ParquetType.String), new("mu", ParquetType.Double),
                new("mu_star", ParquetType.Double), new("mu_star_low", ParquetType.Double), new("mu_star_high", ParquetType.Double), new("sigma", ParquetType.Double)]);
            foreach (var e in estimates)
                foreach (var m in e.Morris!)
                    morris.Add(e.Response.Name, m.Parameter, m.Mu, m.MuStar, m.MuStarInterval.Lower, m.MuStarInterval.Upper, m.Sigma);
            return morris;
        }

        var sobol = new StudyTable([new("response", ParquetType.String), new("parameter", ParquetType.String), new("first", ParquetType.Double),
            new("first_low", ParquetType.Double), new("first_high", ParquetType.Double), new("total", ParquetType.Double), new("total_low", ParquetType.Double),
            new("total_high", ParquetType.Double), new("output_mean", ParquetType.Double), new("output_variance", ParquetType.Double)]);
        foreach (var e in estimates)
            foreach (var s in e.Sobol!.Indices)
                sobol.Add(e.Response.Name, s.Parameter, s.First, s.FirstInterval.Lower, s.FirstInterval.Upper, s.Total, s.TotalInterval.Lower,
                    s.TotalInterval.Upper, e.Sobol.Mean, e.Sobol.Variance);
        return sobol;
    }

    /// <summary>The estimates as JSON, one entry per response (what <see cref="SensitivityPlots"/> draws from).</summary>
    private static JsonArray Results(IReadOnlyList<ResponseEstimates> estimates) => new(estimates.Select(e => (JsonNode?)(e.Morris is { } morris
        ? new JsonObject
        {
            ["response"] = e.Response.Name,
            ["morris"] = new JsonArray(morris.Select(m => (JsonNode?)new JsonObject
            {
                ["parameter"] = m.Parameter,
                ["mu"] = StudyManifest.Number(m.Mu),
                ["mu_star"] = StudyManifest.Number(m.MuStar),
                ["mu_star_low"] = StudyManifest.Number(m.MuStarInterval.Lower),
                ["mu_star_high"] = StudyManifest.Number(m.MuStarInterval.Upper),
                ["sigma"] = StudyManifest.Number(m.Sigma),
            }).ToArray()),
        }
        : new JsonObject
        {
            ["response"] = e.Response.Name,
            ["output_mean"] = StudyManifest.Number(e.Sobol!.Mean),
            ["output_variance"] = StudyManifest.Number(e.Sobol.Variance),
            ["sobol"] = new JsonArray(e.Sobol.Indices.Select(s => (JsonNode?)new JsonObject
            {
                ["parameter"] = s.Parameter,
                ["first"] = StudyManifest.Number(s.First),
                ["first_low"] = StudyManifest.Number(s.FirstInterval.Lower),
                ["first_high"] = StudyManifest.Number(s.FirstInterval.Upper),
                ["total"] = StudyManifest.Number(s.Total),
                ["total_low"] = StudyManifest.Number(s.TotalInterval.Lower),
                ["total_high"] = StudyManifest.Number(s.TotalInterval.Upper),
            }).ToArray()),
        })).ToArray());
}

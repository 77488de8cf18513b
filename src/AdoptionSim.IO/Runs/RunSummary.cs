using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdoptionSim.Model;
using AdoptionSim.Model.Measures;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// summary.json: convergence over the whole run. β-convergence regresses each city's annual growth of
/// mean productivity on its log initial level (a negative slope: laggards catch up); σ is the standard
/// deviation of logs at the start and the end (rising σ: the gap widens).
/// </summary>
public static class RunSummary
{
    public const string FileName = "summary.json";

    public static JsonObject Build(RunProvenance provenance, double years, CityTickRow[] first, CityTickRow[] last, GapTickRow[] firstGap, GapTickRow[] lastGap)
    {
        var initial = first.Select(r => r.Firms > 0 ? r.MeanProductivity : double.NaN).ToArray();
        var final = last.Select(r => r.Firms > 0 ? r.MeanProductivity : double.NaN).ToArray();
        var beta = BetaConvergence.Estimate(initial, final, years);
        var sigma = new JsonObject();
        for (var v = 0; v < lastGap.Length; v++)
            sigma[lastGap[v].Variable] = new JsonObject
            {
                ["sd_log_start"] = Number(firstGap[v].Gap.SdLog),
                ["sd_log_end"] = Number(lastGap[v].Gap.SdLog),
                ["theil_start"] = Number(firstGap[v].Gap.Theil),
                ["theil_end"] = Number(lastGap[v].Gap.Theil),
                ["gini_start"] = Number(firstGap[v].Gap.Gini),
                ["gini_end"] = Number(lastGap[v].Gap.Gini),
            };
        return new JsonObject
        {
            ["run_id"] = provenance.RunId,
            ["scenario"] = provenance.Scenario,
            ["seed"] = provenance.Seed,
            ["years"] = years,
            ["beta_convergence_mean_productivity"] = new JsonObject
            {
                ["slope"] = Number(beta.Slope),
                ["slope_standard_error"] = Number(beta.SlopeStandardError),
                ["intercept"] = Number(beta.Intercept),
                ["r_squared"] = Number(beta.RSquared),
                ["cities"] = beta.N,
                ["cities_excluded"] = beta.Excluded,
                ["speed_per_year"] = Number(beta.Speed),
                ["half_life_years"] = Number(beta.HalfLife),
            },
            ["sigma"] = sigma,
        };
    }

    /// <summary>JSON has no NaN or infinity: write null for an undefined value.</summary>
    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    public static void Write(string path, JsonObject summary)
    {
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        File.WriteAllText(path, summary.ToJsonString(options) + "\n");
    }
}

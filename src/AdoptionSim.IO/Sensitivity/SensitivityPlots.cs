using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AdoptionSim.Charts;
using AdoptionSim.IO.Figures;

namespace AdoptionSim.IO.Sensitivity;

/// <summary>
/// The figures of a sensitivity folder, drawn from its <c>sensitivity.json</c>: per response, Morris's μ*–σ
/// plane (<c>morris-scatter--RESPONSE</c>) and μ* bars (<c>morris-mu-star--RESPONSE</c>), or Sobol' index bars
/// (<c>sobol--RESPONSE</c>). The command writes them as SVG; <c>adoptionsim plot DIR</c> redraws them (PNG too).
/// </summary>
public static partial class SensitivityPlots
{
    /// <summary>Whether a folder holds a finished sensitivity analysis.</summary>
    public static bool IsSensitivityFolder(string directory) => File.Exists(Path.Combine(directory, SensitivityOutputs.SummaryFile));

    /// <summary>Every figure of the folder, by file name (without extension).</summary>
    public static IReadOnlyList<(string Name, FigureSpec Figure)> Figures(string directory)
    {
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, SensitivityOutputs.SummaryFile)))!.AsObject();
        var name = summary["sensitivity"]?["name"]?.GetValue<string>() ?? "";
        var figures = new List<(string, FigureSpec)>();
        foreach (var result in summary["results"]!.AsArray())
        {
            var response = result!["response"]!.GetValue<string>();
            var slug = Slug(response);
            if (result["morris"] is JsonArray morris)
            {
                var points = morris.Select(m => new MorrisPoint(m!["parameter"]!.GetValue<string>(), D(m["mu_star"]), D(m["mu_star_low"]),
                    D(m["mu_star_high"]), D(m["sigma"]))).ToList();
                figures.Add(($"morris-scatter--{slug}", SensitivityFigures.MorrisScatter($"{response} ({name})", points)));
                figures.Add(($"morris-mu-star--{slug}", SensitivityFigures.MorrisBars($"{response} ({name})", points)));
            }
            else if (result["sobol"] is JsonArray sobol)
            {
                var bars = sobol.Select(s => new SobolBar(s!["parameter"]!.GetValue<string>(), D(s["first"]), D(s["first_low"]), D(s["first_high"]),
                    D(s["total"]), D(s["total_low"]), D(s["total_high"]))).ToList();
                figures.Add(($"sobol--{slug}", SensitivityFigures.SobolIndices($"{response} ({name})", bars)));
            }
        }

        return figures;
    }

    /// <summary>Writes every figure into <paramref name="output"/>; returns the paths.</summary>
    public static IReadOnlyList<string> Write(string directory, string output, FigureFormat format, IReadOnlyCollection<string>? only = null,
        PngConverter? converter = null) =>
        Figures(directory).Where(f => only is null || only.Contains(f.Name)).Select(f => FigureWriter.Write(f.Figure, output, f.Name, format, converter: converter)).ToList();

    private static double D(JsonNode? node) => node is null ? double.NaN : node.GetValue<double>();

    /// <summary>A response name as part of a file name: <c>sigma_rise@tick=60</c> → <c>sigma_rise-tick60</c>.</summary>
    public static string Slug(string response) => NotFileSafe().Replace(response.Replace("@tick=", "-tick"), "-");

    [GeneratedRegex(@"[^A-Za-z0-9_.\-]")]
    private static partial Regex NotFileSafe();
}

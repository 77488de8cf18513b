using System.Globalization;
using System.Text;
using AdoptionSim.Model.Statistics;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Experiments.Reports;

/// <summary>
/// What one replicate's region_ticks say about the journeys: every critical moment (the stage it started from
/// and its outcome), how many region-ticks were spent in each stage, and the mean stage at the last tick.
/// </summary>
public sealed record ReplicateJourney(int Replicate, IReadOnlyList<(int From, string Outcome)> Moments, double[] StageTicks, double EndStage)
{
    public static ReplicateJourney? Read(SummaryReplicate replicate)
    {
        if (replicate.RegionTicks is null) return null;
        var table = ParquetFile.Read(replicate.RegionTicks);
        if (table.RowCount == 0) return null;
        var tick = table.GetInt32("tick");
        var region = table.GetString("region");
        var stage = table.GetInt32("stage_index");
        var outcome = table.GetString("outcome");
        var previous = new Dictionary<string, int>(StringComparer.Ordinal);
        var moments = new List<(int, string)>();
        var occupancy = new double[5];
        var last = tick.Max();
        double endSum = 0, endCount = 0;
        foreach (var row in Enumerable.Range(0, table.RowCount).OrderBy(i => tick[i]))
        {
            var name = region[row] ?? "";
            if (outcome[row] is { Length: > 0 } o && previous.TryGetValue(name, out var from)) moments.Add((from, o));
            previous[name] = stage[row];
            occupancy[stage[row] - 1]++;
            if (tick[row] == last) (endSum, endCount) = (endSum + stage[row], endCount + 1);
        }
        return new ReplicateJourney(replicate.Replicate, moments, occupancy, endCount > 0 ? endSum / endCount : double.NaN);
    }
}

/// <summary>
/// The journeys experiment (scenarios/experiments/journeys.yaml) as Markdown: per arm the outcomes of the
/// critical moments and whether simple forward progression came out least likely; the chance of progressing
/// (forward or skip) out of each stage, per arm — with one arm per leadership style, which style suits which
/// stage; and how long regions spent in each stage. Shares are per replicate, then mean and 95% interval.
/// </summary>
public static class JourneyReport
{
    private static readonly string[] Outcomes = JourneyOutcomes.Names;
    private static readonly string[] Stages = ["A", "B", "C", "D", "E"];

    public static string Build(SummaryInput input)
    {
        var arms = input.Arms.Select(a => (a.Label, Runs: a.Points[0].Replicates.Select(ReplicateJourney.Read).Where(j => j is not null).Select(j => j!).ToList()))
            .Where(a => a.Runs.Count > 0).ToList();
        if (arms.Count == 0) throw new InvalidDataException("no arm of the sweep has region_ticks rows: the governance layer was off everywhere");
        var text = new StringBuilder();

        text.AppendLine("**Outcomes of the critical moments**: each outcome's rate among the moments at which it was possible (no falling back");
        text.AppendLine("from A, no skipping from D or E), per replicate; mean [95% CI]. Forward is least likely when forward's rate minus the");
        text.AppendLine("lowest of the others is below zero over the whole interval.").AppendLine();
        text.AppendLine("| arm | n | moments per run | stay | fall back | skip | forward | forward least likely? |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (label, runs) in arms)
        {
            var tallies = runs.Select(r =>
            {
                var (counts, possible) = (new double[Outcomes.Length], new double[Outcomes.Length]);
                foreach (var (from, outcome) in r.Moments) JourneyOutcomes.Count(from, outcome, counts, possible);
                return (Rates: JourneyOutcomes.Rates(counts, possible), Margin: JourneyOutcomes.ForwardMargin(counts, possible));
            }).ToList();
            var shares = Enumerable.Range(0, Outcomes.Length).Select(k => tallies.Select(t => t.Rates[k]).ToArray()).ToArray();
            var margin = Summary.Of(tallies.Select(t => t.Margin).ToArray());
            var least = margin.Upper < 0 ? "yes" : margin.Lower > 0 ? "no" : "not resolved";
            text.Append(CultureInfo.InvariantCulture, $"| {label} | {runs.Count} | {runs.Average(r => r.Moments.Count):F1} | ");
            text.Append(string.Join(" | ", shares.Select(s => Pct(Summary.Of(s)))));
            text.AppendLine(CultureInfo.InvariantCulture, $" | {least} (forward − least other: {Points(margin)}) |");
        }

        text.AppendLine().AppendLine("**Chance of moving on (forward or skip) at a critical moment, by the stage it starts from** (per replicate; mean [95% CI]; the highest in each column in bold)").AppendLine();
        text.AppendLine("| arm | " + string.Join(" | ", Stages.Select((s, i) => $"from {s} (into {(i == 4 ? "B" : Stages[i + 1])})")) + " |");
        text.AppendLine("| --- |" + string.Concat(Enumerable.Repeat(" --- |", Stages.Length)));
        var progress = arms.Select(a => Enumerable.Range(1, 5).Select(from => Summary.Of(a.Runs.Select(r =>
        {
            var out_ = r.Moments.Where(m => m.From == from).ToList();
            return Share(out_.Count(m => m.Outcome is "forward" or "skip"), out_.Count);
        }).ToArray())).ToArray()).ToList();
        for (var a = 0; a < arms.Count; a++)
        {
            var cells = Enumerable.Range(0, 5).Select(s =>
            {
                var best = progress.Max(p => double.IsFinite(p[s].Mean) ? p[s].Mean : double.MinValue);
                var cell = Pct(progress[a][s]);
                return progress[a][s].Mean == best && arms.Count > 1 ? $"**{cell}**" : cell;
            });
            text.AppendLine($"| {arms[a].Label} | {string.Join(" | ", cells)} |");
        }

        text.AppendLine().AppendLine("**Time in each stage** (share of region-quarters) **and the mean stage at the end** (A = 1 … E = 5)").AppendLine();
        text.AppendLine("| arm | " + string.Join(" | ", Stages) + " | mean stage at the end |");
        text.AppendLine("| --- |" + string.Concat(Enumerable.Repeat(" --- |", Stages.Length + 1)));
        foreach (var (label, runs) in arms)
        {
            var cells = Enumerable.Range(0, 5).Select(s => Pct(Summary.Of(runs.Select(r => r.StageTicks[s] / r.StageTicks.Sum()).ToArray())));
            var end = Summary.Of(runs.Select(r => r.EndStage).ToArray());
            text.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {string.Join(" | ", cells)} | {FindingsReport.Interval(end)} |");
        }
        return text.ToString();
    }

    private static double Share(int count, int total) => total > 0 ? (double)count / total : double.NaN;

    private static string Pct(SampleSummary s) => !double.IsFinite(s.Mean) ? "—"
        : double.IsFinite(s.Lower) ? string.Create(CultureInfo.InvariantCulture, $"{100 * s.Mean:F0}% [{100 * s.Lower:F0}, {100 * s.Upper:F0}]")
        : string.Create(CultureInfo.InvariantCulture, $"{100 * s.Mean:F0}%");

    private static string Points(SampleSummary s) =>
        string.Create(CultureInfo.InvariantCulture, $"{100 * s.Mean:F1} pp [{100 * s.Lower:F1}, {100 * s.Upper:F1}]");
}

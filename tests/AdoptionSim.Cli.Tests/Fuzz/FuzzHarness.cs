using System.CommandLine;
using System.Text.RegularExpressions;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model.Capacity;

namespace AdoptionSim.Cli.Tests.Fuzz;

/// <summary>What one case did: the problems found (none: it passed), and whether it was valid and ran.</summary>
internal sealed record FuzzResult(IReadOnlyList<string> Problems, bool Valid, bool Ran);

/// <summary>
/// Runs one generated case through the commands a user would, in this process (so ten thousand fit in
/// minutes), and checks what the issue asks: no exception escapes, exit codes are only 0 (valid) or 2 (invalid),
/// every error is one located line (<c>file:line:col: …</c>, or the file alone when about the whole file) of
/// bounded length, and a file that validates is described and runs two ticks without failing.
/// <para>
/// Runs are capped in size, not changed: a valid case whose memory estimate for two ticks is above
/// <see cref="MaxRunBytes"/> or whose world has more than <see cref="MaxRunFirms"/> firms is validated and
/// described but not run (counted as "too large to run here"); an experiment runs when it has at most
/// <see cref="MaxSweepRuns"/> runs, each with <c>--set ticks=2</c>.
/// </para>
/// </summary>
internal static partial class FuzzHarness
{
    public const double MaxRunBytes = 400e6;
    public const long MaxRunFirms = 30_000;
    public const int MaxSweepRuns = 6;

    /// <summary>Longest error line accepted: a path, a field path (cut to 240) and a message (cut to 600).</summary>
    public const int MaxErrorLine = 1500;

    public static FuzzResult Check(FuzzCase fuzzCase, string folder)
    {
        fuzzCase.WriteTo(folder);
        var problems = new List<string>();
        var entry = Path.Combine(folder, fuzzCase.Entry);
        return fuzzCase.Kind == FuzzCase.Experiment
            ? CheckExperiment(fuzzCase, folder, entry, problems)
            : CheckScenario(fuzzCase, folder, entry, problems);
    }

    private static FuzzResult CheckScenario(FuzzCase fuzzCase, string folder, string entry, List<string> problems)
    {
        var validate = Invoke(problems, ["validate", entry, .. fuzzCase.Args]);
        if (validate is null) return new FuzzResult(problems, false, false);
        ExpectExit(problems, "validate", validate.Value, 0, 2);
        if (validate.Value.Exit == 2) ExpectLocated(problems, "validate", validate.Value.Output, folder);
        if (validate.Value.Exit != 0 || problems.Count > 0) return new FuzzResult(problems, false, false);

        var describe = Invoke(problems, ["describe", entry, .. fuzzCase.Args]);
        if (describe is { } d)
        {
            ExpectExit(problems, "describe", d, 0);
            if (!d.Output.Contains("# memory: about", StringComparison.Ordinal)) problems.Add("describe: no memory estimate");
        }

        var overrides = SetValues(fuzzCase.Args).Append("ticks=2").ToList();
        var spec = ScenarioLoader.Load(entry, overrides);
        var footprint = MemoryEstimate.Of(spec);
        if (footprint.PeakBytes > MaxRunBytes || footprint.FirmSlots > MaxRunFirms) return new FuzzResult(problems, true, false);

        var output = Path.Combine(folder, "out");
        var run = Invoke(problems, ["run", entry, .. fuzzCase.Args, "--ticks", "2", "--out", output, "--threads", "1"]);
        if (run is { } r)
        {
            ExpectExit(problems, "run", r, 0);
            if (r.Exit == 0 && !File.Exists(Path.Combine(output, "run.json"))) problems.Add("run: exit 0 but no run.json");
        }

        ExpectNoPartials(problems, folder);
        return new FuzzResult(problems, true, true);
    }

    private static FuzzResult CheckExperiment(FuzzCase fuzzCase, string folder, string entry, List<string> problems)
    {
        ExperimentSpec? spec = null;
        try
        {
            spec = ExperimentLoader.Load(entry, SetValues(fuzzCase.Args));
        }
        catch (ExperimentException)
        {
            // the command must say the same, located (below)
        }
        catch (Exception e)
        {
            problems.Add($"ExperimentLoader.Load threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            return new FuzzResult(problems, false, false);
        }

        var output = Path.Combine(folder, "out");
        if (spec is null)
        {
            var sweep = Invoke(problems, ["sweep", entry, .. fuzzCase.Args, "--out", output, "--parallel", "1"]);
            if (sweep is { } s)
            {
                ExpectExit(problems, "sweep", s, 2);
                ExpectLocated(problems, "sweep", s.Error, folder);
            }

            return new FuzzResult(problems, false, false);
        }

        var scenarios = Enumerable.Range(0, spec.Arms.Count).SelectMany(a => Enumerable.Range(0, spec.Points.Count).Select(p => spec.Scenario(a, p))).ToList();
        if (spec.RunCount > MaxSweepRuns || scenarios.Any(s => MemoryEstimate.Of(s) is var f && (f.PeakBytes > MaxRunBytes || f.FirmSlots > MaxRunFirms)))
        {
            return new FuzzResult(problems, true, false);
        }

        var run = Invoke(problems, ["sweep", entry, .. fuzzCase.Args, "--set", "ticks=2", "--out", output, "--parallel", "1"]);
        if (run is { } r) ExpectExit(problems, "sweep", r, 0);
        ExpectNoPartials(problems, folder);
        return new FuzzResult(problems, true, true);
    }

    private readonly record struct Outcome(int Exit, string Output, string Error);

    /// <summary>The command in this process with captured writers; an exception that escapes is a problem (the default handler is off).</summary>
    private static Outcome? Invoke(List<string> problems, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        try
        {
            var exit = Program.Invoke(Program.CreateRoot(), args, new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            return new Outcome(exit, output.ToString(), error.ToString());
        }
        catch (Exception e)
        {
            problems.Add($"{args[0]} threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            return null;
        }
    }

    private static void ExpectExit(List<string> problems, string command, Outcome outcome, params int[] allowed)
    {
        if (!allowed.Contains(outcome.Exit))
            problems.Add($"{command} exited {outcome.Exit} (expected {string.Join(" or ", allowed)}): {Head(outcome.Error + outcome.Output)}");
    }

    /// <summary>Every line an error: "file:line:col: …" or "file: …", the file one that exists (or --set); short; no control characters.</summary>
    private static void ExpectLocated(List<string> problems, string command, string text, string folder)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0) problems.Add($"{command}: invalid, but no error printed");
        foreach (var line in lines)
        {
            if (SummaryLine().IsMatch(line)) continue;
            if (line.Length > MaxErrorLine) problems.Add($"{command}: an error line of {line.Length} characters: {Head(line)}");
            if (line.Any(c => char.IsControl(c) && c != '\t')) problems.Add($"{command}: a control character in: {Head(line)}");
            var match = Located().Match(line);
            var file = match.Success ? match.Groups["file"].Value : null;
            if (file is null || !(file == "--set" || File.Exists(file) || File.Exists(Path.Combine(folder, file)) || Directory.Exists(file)))
                problems.Add($"{command}: an error without a location: {Head(line)}");
        }
    }

    private static void ExpectNoPartials(List<string> problems, string folder)
    {
        foreach (var partial in Directory.EnumerateFileSystemEntries(folder, "*partial-*", SearchOption.AllDirectories))
            problems.Add($"a partial folder was left: {partial}");
    }

    /// <summary>The values of --set arguments, for loading through the library.</summary>
    private static List<string> SetValues(IReadOnlyList<string> args) =>
        args.Select((a, i) => (a, i)).Where(x => x.a == "--set" && x.i + 1 < args.Count).Select(x => args[x.i + 1]).ToList();

    private static string Head(string text) => text.Length <= 400 ? text : text[..400] + "…";

    [GeneratedRegex(@"^(?<file>--set|.+?)(:\d+:\d+)?: ")]
    private static partial Regex Located();

    [GeneratedRegex(@"^\d+ error\(s\)( in the experiment)?: nothing was run\.$")]
    private static partial Regex SummaryLine();
}

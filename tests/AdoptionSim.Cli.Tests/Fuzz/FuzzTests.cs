using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;
using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests.Fuzz;

/// <summary>
/// Fuzzing on every test run (docs/reliability.md): generated scenario and experiment files until
/// <c>ADOPTIONSIM_FUZZ_FILES</c> cases (default 10,000) or <c>ADOPTIONSIM_FUZZ_SECONDS</c> (default 180) are
/// reached, whichever comes first; <c>ADOPTIONSIM_FUZZ_SEED</c> picks the seed (default fixed, so the suite is
/// reproducible; <c>random</c> explores new cases and prints the seed), <c>ADOPTIONSIM_FUZZ_FIRST</c> the first
/// case (to repeat case i alone: FIRST=i, FILES=1). A failing case is saved with what went
/// wrong under the temporary folder, to be copied into <c>Fuzz/Corpus/</c>, where every case is replayed below.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzTests(ITestOutputHelper log)
{
    public const ulong DefaultSeed = 20261125;

    /// <summary>A case slower than this is saved and listed (a warning); one slower than <see cref="HangSeconds"/> fails.</summary>
    private const double SlowCaseSeconds = 15;
    private const int HangSeconds = 60;

    [Fact]
    public void Generated_files_never_crash_exit_only_0_or_2_with_located_errors_and_valid_ones_run()
    {
        var seed = Seed();
        var files = Setting("ADOPTIONSIM_FUZZ_FILES", 10_000);
        var first = Setting("ADOPTIONSIM_FUZZ_FIRST", 0);
        var budget = TimeSpan.FromSeconds(Setting("ADOPTIONSIM_FUZZ_SECONDS", 180));
        var generator = new FuzzGenerator(seed);
        var root = Directory.CreateTempSubdirectory("adoptionsim-fuzz-").FullName;
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        int done = 0, valid = 0, ran = 0;
        var slowest = (Index: -1L, Seconds: 0.0);
        var slow = new List<string>();
        try
        {
            for (long index = first; index < first + files && clock.Elapsed < budget && failures.Count < 5; index++)
            {
                var folder = Path.Combine(root, index.ToString(CultureInfo.InvariantCulture));
                Directory.CreateDirectory(folder);
                var fuzzCase = generator.Generate(index);
                var started = clock.Elapsed;
                var result = CheckWithTimeout(fuzzCase, folder);
                var seconds = (clock.Elapsed - started).TotalSeconds;
                if (seconds > slowest.Seconds) slowest = (index, seconds);
                if (seconds > SlowCaseSeconds) slow.Add(Save(fuzzCase, seed, index, [$"took {seconds:F1} s (not a failure below {HangSeconds} s)"]));
                done++;
                if (result.Valid) valid++;
                if (result.Ran) ran++;
                if (result.Problems.Count > 0) failures.Add(Save(fuzzCase, seed, index, result.Problems));
                TryDelete(folder);
            }
        }
        finally
        {
            TryDelete(root);
        }

        log.WriteLine($"seed {seed}: {done:N0} cases in {clock.Elapsed.TotalSeconds:F0} s ({valid:N0} valid, {ran:N0} of them run for 2 ticks, "
            + $"{valid - ran:N0} too large to run here); slowest case {slowest.Index} ({slowest.Seconds:F1} s)");
        foreach (var s in slow) log.WriteLine("slow " + s);
        failures.Should().BeEmpty($"seed {seed} (set ADOPTIONSIM_FUZZ_SEED={seed} to repeat)");
        done.Should().BeGreaterThan(0);
    }

    /// <summary>Every input that ever failed, kept in Fuzz/Corpus/ (one folder per case: its files and case.txt).</summary>
    public static TheoryData<string> Corpus()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(CorpusFolder()).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(folder));
        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Every_corpus_case_passes(string name)
    {
        var folder = Directory.CreateTempSubdirectory("adoptionsim-corpus-").FullName;
        try
        {
            var result = CheckWithTimeout(FuzzCase.ReadFrom(Path.Combine(CorpusFolder(), name)), folder);
            result.Problems.Should().BeEmpty();
        }
        finally
        {
            TryDelete(folder);
        }
    }

    [Fact]
    public void The_generator_is_deterministic_and_its_templates_are_valid()
    {
        var a = new FuzzGenerator(5).Generate(42);
        var b = new FuzzGenerator(5).Generate(42);
        a.Files.Keys.Should().Equal(b.Files.Keys);
        foreach (var (name, bytes) in a.Files) b.Files[name].Should().Equal(bytes, name);

        // Unmutated, each template is a valid file that runs: the mutations start from something real.
        foreach (var (entry, files) in new[]
        {
            ("scenario.yaml", new Dictionary<string, string> { ["scenario.yaml"] = FuzzTemplates.Full }),
            ("scenario.yaml", new Dictionary<string, string> { ["scenario.yaml"] = FuzzTemplates.FromCsv, ["cities.csv"] = FuzzTemplates.Cities }),
            ("scenario.yaml", new Dictionary<string, string> { ["scenario.yaml"] = FuzzTemplates.Bass }),
            ("scenario.yaml", new Dictionary<string, string> { ["scenario.yaml"] = FuzzTemplates.Child, ["base.yaml"] = FuzzTemplates.Full }),
            ("experiment.yaml", new Dictionary<string, string> { ["experiment.yaml"] = FuzzTemplates.Experiment, ["scenario.yaml"] = FuzzTemplates.ExperimentScenario }),
        })
        {
            var kind = entry == "experiment.yaml" ? FuzzCase.Experiment : FuzzCase.Scenario;
            var fuzzCase = new FuzzCase(kind, entry, files.ToDictionary(f => f.Key, f => FuzzGenerator.Utf8(f.Value)), []);
            var folder = Directory.CreateTempSubdirectory("adoptionsim-template-").FullName;
            var result = FuzzHarness.Check(fuzzCase, folder);
            TryDelete(folder);
            result.Problems.Should().BeEmpty();
            result.Ran.Should().BeTrue($"{string.Join(", ", files.Keys)} should be valid and small");
        }
    }

    /// <summary>A case that takes more than a minute counts as a hang (the thread is left behind; the run fails).</summary>
    private static FuzzResult CheckWithTimeout(FuzzCase fuzzCase, string folder)
    {
        var task = Task.Run(() =>
        {
            try
            {
                return FuzzHarness.Check(fuzzCase, folder);
            }
            catch (Exception e)
            {
                return new FuzzResult([$"the harness itself threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}"], false, false);
            }
        });
        return task.Wait(TimeSpan.FromSeconds(HangSeconds)) ? task.Result : new FuzzResult([$"took more than {HangSeconds} s: a hang?"], false, false);
    }

    private static string Save(FuzzCase fuzzCase, ulong seed, long index, IReadOnlyList<string> problems)
    {
        var folder = Path.Combine(Path.GetTempPath(), "adoptionsim-fuzz-failures", $"seed{seed}-case{index}");
        Directory.CreateDirectory(folder);
        fuzzCase.WriteTo(folder);
        File.WriteAllText(Path.Combine(folder, "README.md"), $"Fuzz case {index} of seed {seed}.\n\n" + string.Join("\n\n", problems) + "\n");
        return $"case {index}: {problems[0].Split('\n')[0]}\n  saved in {folder}; copy it into tests/AdoptionSim.Cli.Tests/Fuzz/Corpus/ to keep it as a regression test";
    }

    private static ulong Seed()
    {
        var text = Environment.GetEnvironmentVariable("ADOPTIONSIM_FUZZ_SEED");
        if (text == "random") return (ulong)Random.Shared.NextInt64(1, long.MaxValue);
        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public static string CorpusFolder() => Path.Combine(RepoRoot(), "tests", "AdoptionSim.Cli.Tests", "Fuzz", "Corpus");

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>The fuzz tests run alone in their collection (no other class shares their thread).</summary>
[CollectionDefinition(Name)]
public sealed class FuzzCollection
{
    public const string Name = "fuzz";
}

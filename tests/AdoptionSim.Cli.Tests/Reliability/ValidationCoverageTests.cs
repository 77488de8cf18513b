using System.Diagnostics;
using System.Text;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model.Capacity;
using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests.Reliability;

/// <summary>
/// Issue 16's crashes, each now a located validation error (exit 2) instead of an exception inside the run, and
/// the memory check that refuses a run too big for the machine before it starts.
/// </summary>
public sealed class ValidationCoverageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-limits-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("ticks=0", "ticks", "a run needs at least one tick")]
    [InlineData("cities.inline[0].population=99999999999999999999", "cities.inline[0].population", "at most 1,000,000,000")]
    [InlineData("cities.inline[0].population=1e308", "cities.inline[0].population", "at most 1,000,000,000")]
    [InlineData("network.intercity_ties_per_firm=1e6", "network.intercity_ties_per_firm", "at most 1,000")]
    [InlineData("network.intercity_ties_per_firm=1e308", "network.intercity_ties_per_firm", "at most 1,000")]
    [InlineData("firms.scale=1e308", "firms.scale", "at most 10,000")]
    [InlineData("tick.years=1e308", "tick.years", "at most 100")]
    [InlineData("ticks=100001", "ticks", "at most 100,000")]
    [InlineData("economy.entry_elasticity=90", "economy.distress_exit_rate", "could create far more than 250,000,000 firms")]
    [InlineData("invention.max_ideas=1000000;firms.per_thousand=400", "invention.max_ideas", "of memory; a run takes at most 1.1 TB")] // one bit per firm-idea since issue 13: 100 per thousand now fits
    public void What_crashed_the_run_is_a_located_validation_error(string set, string field, string message)
    {
        foreach (var command in new[] { "validate", "run" })
        {
            var sets = set.Split(';').SelectMany(s => new[] { "--set", s });
            string[] args = command == "run" ? [command, Scenario("two-cities.yaml"), .. sets, "--out", Path.Combine(_dir, "r")] : [command, Scenario("two-cities.yaml"), .. sets];
            var (exit, output, error) = Run(args);
            exit.Should().Be(2, command);
            var line = (output + error).Split('\n').First(l => l.Contains(field, StringComparison.Ordinal));
            line.Should().StartWith("--set:1:").And.Contain($"{field}: ").And.Contain(message);
            (output + error).Should().NotContain("Exception").And.NotContain("   at ");
        }

        Directory.Exists(Path.Combine(_dir, "r")).Should().BeFalse();
    }

    [Fact]
    public void An_exact_firm_count_beyond_what_a_run_takes_is_refused()
    {
        var file = Path.Combine(_dir, "one.yaml");
        File.WriteAllText(file, "firms: {count: 2000000000}\ncities:\n  inline:\n    - {name: Solo, lat: 50, lon: 0, population: 100000, class: high_performing}\n");

        var (exit, output, _) = Run("validate", file);

        exit.Should().Be(2);
        output.Should().Contain($"{file}:1:16: firms.count: 2,000,000,000 is more than a run can take: at most 250,000,000");
    }

    [Fact]
    public void Experiment_ticks_are_checked_as_the_scenarios_and_located_in_the_experiment_file()
    {
        var experiment = Path.Combine(_dir, "e.yaml");
        File.WriteAllText(experiment, $"name: e\narms: [{{name: a, scenario: {Scenario("two-cities.yaml")}}}]\nticks: 0\n");

        var (exit, _, error) = Run("sweep", experiment, "--out", Path.Combine(_dir, "sweep"));

        exit.Should().Be(2);
        error.Should().Contain($"{experiment}:3:8: ticks: a run needs at least one tick");
    }

    [Fact]
    public void Describe_prints_the_memory_estimate_and_a_run_beyond_the_machine_is_refused_with_the_figure_and_the_flag()
    {
        var (exit, output, _) = Run("describe", Scenario("uk-baseline.yaml"));
        exit.Should().Be(0);
        output.Should().MatchRegex(@"# memory: about \d+ MB at peak \(71,736 firms at the start, .* 128 ideas, .*\); this machine has [\d.]+ GB available");

        // A valid scenario estimated at about twice this machine's available memory (and below the 1 TiB of validity).
        // Ideas doubled until the estimate passes twice the available memory (an idea costs one bit per firm slot
        // plus its adoption lists, so the estimate is far from proportional to the ideas).
        var spec = ScenarioLoader.Load(Scenario("uk-baseline.yaml"));
        while (MemoryEstimate.Of(spec).PeakBytes < 2.0 * RunMemory.Available()) spec.Invention.MaxIdeas *= 2;
        var ideas = spec.Invention.MaxIdeas;
        ideas.Should().BeLessThanOrEqualTo(ScenarioLimits.MaxIdeas, "the run must stay valid, refused only for this machine's memory");
        var clock = Stopwatch.StartNew();
        var (refused, _, error) = Run("run", Scenario("uk-baseline.yaml"), "--set", $"invention.max_ideas={ideas}", "--out", Path.Combine(_dir, "big"));

        refused.Should().Be(1, error);
        error.Should().MatchRegex(@"this run needs about [\d.]+ [GT]B of memory .* more than the [\d.]+ GB this machine has available: .* or pass --allow-memory to try anyway");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "refused before anything is built");
        Directory.Exists(Path.Combine(_dir, "big")).Should().BeFalse();
    }

    [Fact]
    public void Values_quoted_in_errors_are_cut_to_120_characters_and_kept_on_one_line()
    {
        var file = Path.Combine(_dir, "long.yaml");
        var value = "x" + new string('y', 10_000);
        // An explicit key ("? "), since YAML caps implicit keys at 1,024 characters; and a key with a line break.
        File.WriteAllText(file, $"name: ok\ntick: {{label: ok, years: {value}}}\nadoption:\n  ? \"{new string('k', 5000)}\"\n  : 1\n  \"bad\\nkey\": 2\n");

        var (exit, output, _) = Run("validate", file);

        exit.Should().Be(2);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(4).And.OnlyContain(l => l.Length < 600); // the last: no cities
        lines[0].Should().Contain("tick.years: expected a number, got 'xyyyy").And.EndWith("y…'");
        lines[0].Should().NotContain(new string('y', 120));
        lines[1].Should().Contain("unknown key 'kkkk").And.Contain("k…' in adoption").And.NotContain(new string('k', 300));
        lines[2].Should().Contain("unknown key 'bad\\nkey' in adoption");
    }

    [Fact]
    public void Extends_of_a_system_file_shows_its_start_only()
    {
        var file = Path.Combine(_dir, "passwd.yaml");
        File.WriteAllText(file, "extends: /etc/passwd\n");

        var (exit, output, _) = Run("validate", file);

        exit.Should().Be(2);
        output.Should().StartWith("/etc/passwd:1:1: a scenario file is a mapping of keys to values, got 'root:");
        var line = output.Split('\n')[0];
        line.Length.Should().BeLessThan(250);
        line.Should().EndWith("…'");
    }

    [Theory]
    [InlineData("/dev/zero", "is not a regular file")]
    [InlineData("/dev/urandom", "is not a regular file")]
    [InlineData("/tmp", "is a folder, not a file")]
    public void Extends_refuses_what_is_not_a_regular_file_before_reading_it(string target, string message)
    {
        var file = Path.Combine(_dir, "x.yaml");
        File.WriteAllText(file, $"extends: {target}\n");
        var clock = Stopwatch.StartNew();

        var (exit, output, _) = Run("validate", file);

        exit.Should().Be(2);
        output.Should().Be($"{file}:1:10: extends: {target} {message}{(message.StartsWith("is not", StringComparison.Ordinal) ? " (a device, pipe or socket): give the path of a file" : "")}\n");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_named_pipe_and_files_over_the_size_limit_are_refused_before_reading()
    {
        var fifo = Path.Combine(_dir, "pipe");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
        var huge = Path.Combine(_dir, "huge.yaml");
        using (var stream = File.Create(huge)) stream.SetLength(InputFile.MaxBytes + 1); // sparse: no disk used
        var csv = Path.Combine(_dir, "huge.csv");
        File.Copy(huge, csv);
        foreach (var (text, message) in new[]
        {
            ("extends: pipe\n", $"1:10: extends: {fifo} is not a regular file"),
            ("extends: huge.yaml\n", $"1:10: extends: {huge} is 67,108,865 bytes, more than the 67,108,864 an input file may have"),
            ("cities: {file: huge.csv}\n", $"1:16: cities.file: {csv} is 67,108,865 bytes"),
        })
        {
            var file = Path.Combine(_dir, "s.yaml");
            File.WriteAllText(file, text);
            var (exit, output, _) = Run("validate", file);
            exit.Should().Be(2);
            output.Should().Contain($"{file}:{message}");
        }

        var (direct, directOutput, _) = Run("validate", huge);
        direct.Should().Be(2);
        directOutput.Should().Be($"{huge}: the file is 67,108,865 bytes, more than the 67,108,864 an input file may have\n");
    }

    [Fact]
    public void Validation_time_grows_linearly_with_the_number_of_cities()
    {
        // 200,000 CSV rows and 50,000 inline cities: about 5 s here when linear; the quadratic checks this
        // replaced took 35 s for 100,000 rows (issue 16), so 200,000 would take over two minutes.
        var csv = new StringBuilder("city,population_2019,lat,lon,class,class_source\n");
        for (var i = 0; i < 200_000; i++) csv.Append("City").Append(i).Append(",10000,52.5,-1.5,high_performing,seed\n");
        File.WriteAllText(Path.Combine(_dir, "many.csv"), csv.ToString());
        var yaml = new StringBuilder("cities:\n  file: many.csv\n  inline:\n");
        for (var i = 0; i < 50_000; i++) yaml.Append("    - {name: Inline").Append(i).Append(", lat: 52, lon: -1, population: 5000, class: low_innovation}\n");
        yaml.Append("classes:\n");
        for (var i = 0; i < 20_000; i++) yaml.Append("  extra").Append(i).Append(": {skills: 0.5}\n");
        var file = Path.Combine(_dir, "many.yaml");
        File.WriteAllText(file, yaml.ToString());
        var clock = Stopwatch.StartNew();

        var (exit, output, _) = Run("validate", file);

        exit.Should().Be(0, output);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "linear validation takes seconds; the quadratic one took minutes");
    }

    [Fact]
    public void Experiment_validation_time_grows_linearly_with_the_number_of_arms()
    {
        // 40,000 arms, each with a set: map, and a grid that is refused (so nothing runs): about 2 s here. Binding
        // read the arms list once per arm before (issue 16's fuzzing found it): 16,000 arms took 11 s, this many would take a minute.
        var yaml = new StringBuilder("name: e\narms:\n");
        for (var i = 0; i < 40_000; i++)
            yaml.Append("  - {name: a").Append(i).Append($", scenario: {Scenario("two-cities.yaml")}, set: {{adoption.q: 0.6, network: {{intercity_ties_per_firm: 1.5}}}}}}\n");
        yaml.Append("grid:\n  adoption.p: {from: 0, to: 1, step: 1e-9}\nreplications: 1\n");
        var file = Path.Combine(_dir, "arms.yaml");
        File.WriteAllText(file, yaml.ToString());
        var clock = Stopwatch.StartNew();

        var (exit, _, error) = Run("sweep", file, "--out", Path.Combine(_dir, "never"));

        exit.Should().Be(2);
        error.Should().Contain("grid.adoption.p: the range gives 1,000,000,001 values (at most 1,000,000)");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "linear binding takes seconds; the quadratic one took about a minute");
        Directory.Exists(Path.Combine(_dir, "never")).Should().BeFalse();
    }
}

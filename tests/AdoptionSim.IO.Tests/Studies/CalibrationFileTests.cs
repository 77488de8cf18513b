using AdoptionSim.IO.Calibration;
using AdoptionSim.IO.Studies;
using AdoptionSim.IO.Tests.Scenarios;

namespace AdoptionSim.IO.Tests.Studies;

/// <summary>Calibration files and their observed CSV: what they mean, and errors located as file:line:col: path: message.</summary>
public sealed class CalibrationFileTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    private const string File = """
        scenario: two.yaml
        parameters:
          - {key: adoption.p, lower: 0.002, upper: 0.05, scale: log}
        observed:
          file: data.csv
          start_year: 2008
        method: smm
        """;

    private string Write(string text, string csv)
    {
        _files.Write("two.yaml", System.IO.File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "two-cities.yaml")));
        _files.Write("data.csv", csv);
        return _files.Write("c.yaml", text);
    }

    private List<string> Errors(string text, string csv, params string[] sets)
    {
        var path = Write(text, csv);
        var act = () => CalibrationLoader.Load(path, sets);
        return act.Should().Throw<StudyFileException>().Which.Errors
            .Select(e => e.ToString().Replace(_files.Dir + Path.DirectorySeparatorChar, "")).ToList();
    }

    [Fact]
    public void The_shipped_examples_load()
    {
        var smm = CalibrationLoader.Load(Path.Combine(Repo.Root, "scenarios", "calibration", "two-cities-smm.yaml"));
        smm.Method.Should().Be(CalibrationMethod.Smm);
        smm.Smm.Replications.Should().Be(10);
        smm.Smm.JacobianStep.Should().Be(0.05);
        smm.Setup.Space.Parameters.Select(p => p.Name).Should().Equal("adoption.p", "adoption.q", "brokers.university.capacity");
        smm.Observations.Should().HaveCount(44);
        smm.Observations[0].Probe.Name.Should().Be("city_ticks.adoption_share@city=Hub,tick=4");
        smm.Observations[^1].Probe.Name.Should().Be("city_ticks.introductions@tick=40");
        // Weights: 2500 for a share (no standard error), 1 for introductions.
        smm.Moments.Weights[0].Should().Be(2500);
        smm.Moments.Weights[^1].Should().Be(1);
    }

    [Fact]
    public void Years_map_to_ticks_and_the_distance_selects_and_weights_measures()
    {
        var spec = CalibrationLoader.Load(Write(File + """

            distance:
              - {measure: city_ticks.adoption_share, weight: 4}
            """, """
            year,city,measure,value,se
            2010,,city_ticks.adoption_share,0.05,0.01
            2011.25,Hub,city_ticks.adoption_share,0.06,
            2012,,gap_ticks.mean_productivity.sd_log,0.1,
            """), ["smm.replications=3"]);

        spec.Smm.Replications.Should().Be(3);
        spec.Observations.Select(o => (o.Probe.Tick, o.Probe.City, o.Year)).Should().Equal((8, null, 2010.0), (13, "Hub", 2011.25));
        spec.Ignored.Should().Be(1, "the gap row's measure is not in the distance");
        spec.Moments.Weights.Should().Equal(4 / (0.01 * 0.01), 4.0);
        spec.Moments.Moments[1].StandardError.Should().BeNull();
    }

    [Fact]
    public void Errors_in_the_file_are_located_with_suggestions()
    {
        Errors("""
            scenario: two.yaml
            parameters:
              - {key: adoption.p, lower: 0.002, upper: 0.05}
            observed: {file: missing.csv}
            distance:
              - {measure: gap_ticks.mean_productivity.sdlog, weight: 0}
            method: abc-smc
            smm: {replications: 5}
            abc_smc: {particles: 100, max_simulations: 50}
            """, "tick,measure,value\n1,city_ticks.adoption_share,0.1\n").Should().Equal(
            "c.yaml:4:18: observed.file: file not found: missing.csv",
            "c.yaml:6:15: distance[0].measure: expected a measure city_ticks.COLUMN or gap_ticks.VARIABLE.MEASURE (e.g. city_ticks.adoption_share, gap_ticks.mean_productivity.sd_log), got 'gap_ticks.mean_productivity.sdlog'; did you mean 'gap_ticks.mean_productivity.sd_log'?",
            "c.yaml:6:58: distance[0].weight: expected a value in (0, ∞), got 0",
            "c.yaml:8:6: smm: settings of smm are given, but the method is abc-smc",
            "c.yaml:9:44: abc_smc.max_simulations: the budget must allow at least one run per particle (100)");
    }

    [Fact]
    public void Observed_data_that_is_not_a_regular_file_is_refused_before_a_byte_is_read()
    {
        // /dev/zero never ends: read whole it would exhaust memory. The guard every input file passes refuses it.
        Errors(File.Replace("file: data.csv", "file: /dev/zero"), "").Should().Equal(
            "c.yaml:5:9: observed.file: /dev/zero is not a regular file (a device, pipe or socket): give the path of a file");
        _files.Write(Path.Combine("folder.csv", "x"), "");
        Errors(File.Replace("file: data.csv", "file: folder.csv"), "").Should().Equal(
            "c.yaml:5:9: observed.file: folder.csv is a folder, not a file");
    }

    [Fact]
    public void Errors_in_the_observed_data_are_located_by_line_and_column()
    {
        Errors(File, """
            year,city,measure,value,sd
            """).Should().Equal(
            "data.csv:1:25: observed.file: unknown column 'sd'; did you mean 'se'?");
        Errors(File, """
            year,tick,city,measure,value
            """).Should().Equal(
            "data.csv:1:1: observed.file: expected one time column, 'tick' or 'year' (not both)");
        Errors(File.Replace("  start_year: 2008\n", ""), """
            year,measure,value
            2010,city_ticks.adoption_share,0.1
            """).Should().Equal(
            "data.csv:1:1: observed.file: the file gives years: the calibration file needs observed.start_year (the year of tick 0)");
        Errors(File, """
            year,city,measure,value,se
            2010.1,,city_ticks.adoption_share,0.1,
            2030,,city_ticks.adoption_share,0.1,
            2010,Hubb,city_ticks.adoption_share,0.1,
            2010,Hub,gap_ticks.adoption_share.gini,0.1,
            2010,,city_ticks.adoption_shares,x,-1
            2011,,city_ticks.adoption_share,0.2,0
            2011,,city_ticks.adoption_share,0.2,0.1
            2011,,city_ticks.adoption_share,0.2,0.1
            2012,,city_ticks.adoption_share
            """).Should().Equal(
            "data.csv:2:1: observed.file[0].year: year 2010.1 is 8.4 ticks after start_year 2008: not a whole tick (ticks are 0.25 years)",
            "data.csv:3:1: observed.file[1].year: year 2030 is tick 88, outside the runs' ticks 0 to 60",
            "data.csv:4:6: observed.file[2].city: the scenario has no city 'Hubb'; did you mean 'Hub'?",
            "data.csv:5:6: observed.file[3].city: gap_ticks.adoption_share.gini is a gap between cities, not a city's value: leave city empty",
            "data.csv:6:7: observed.file[4].measure: expected a measure city_ticks.COLUMN or gap_ticks.VARIABLE.MEASURE (e.g. city_ticks.adoption_share, gap_ticks.mean_productivity.sd_log), got 'city_ticks.adoption_shares'; did you mean 'city_ticks.adoption_share'?",
            "data.csv:6:34: observed.file[4].value: expected a number, got 'x'",
            "data.csv:6:36: observed.file[4].se: expected a positive standard error, got -1",
            "data.csv:7:37: observed.file[5].se: expected a positive standard error, got 0",
            "data.csv:9:1: observed.file[7]: row 6 already gives city_ticks.adoption_share at tick 12",
            "data.csv:10:1: observed.file[8]: the row has 3 fields, the header 5");
    }
}

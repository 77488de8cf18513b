using System.IO.Compression;
using System.Text.Json;
using AdoptionSim.Cli;
using AdoptionSim.Cli.Commands;
using AdoptionSim.Parquet;

namespace AdoptionSim.Serve.Tests;

/// <summary>
/// The page runs the CLI's engine: for the same scenario, seed and overrides, the live frames carry the
/// values of the CLI's city_ticks.parquet tick by tick, and the Parquet download is the CLI's run byte
/// for byte (every .parquet file; run.json differs only in its timings).
/// </summary>
public class SameRunAsCliTests
{
    /// <summary>The CLI's `run`, in process (same build, so the build id stamped in the files is the same).</summary>
    internal static string CliRun(TempDirectory temp, string scenarioFile, long seed, params string[] sets)
    {
        var output = Path.Combine(temp.Path, "cli");
        var args = new List<string> { "run", RepoPaths.Scenario(scenarioFile), "--seed", seed.ToString(), "--out", output, "--force", "--threads", "1" };
        foreach (var s in sets) args.AddRange(["--set", s]);
        var root = Program.CreateRoot();
        var config = new System.CommandLine.InvocationConfiguration { Output = new StringWriter(), Error = new StringWriter() };
        root.Parse(args).Invoke(config).Should().Be(ExitCodes.Ok, config.Error.ToString());
        return output;
    }

    public static TheoryData<string, long, string[], string[]> Runs() => new()
    {
        // scenario id, seed, the page's parameters (key=value), and the classroom overrides the page adds for that scenario
        { "bass", 7, ["adoption.q=0.5"], [] },
        { "two-cities", 3, ["network.brokered_trust=0.2", "feedbacks.relocation=false"], [] },
        { "uk-baseline", 11, ["adoption.p=0.05"], ["firms.scale=0.25"] },
    };

    private static Dictionary<string, object> Params(string[] parameters) =>
        parameters.Select(p => p.Split('=')).ToDictionary(p => p[0], p => (object)(p[1] is "true" or "false" ? bool.Parse(p[1]) : double.Parse(p[1])));

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Live_frames_carry_the_CLI_city_ticks(string scenario, long seed, string[] parameters, string[] classroom)
    {
        using var temp = new TempDirectory();
        await using var server = await LocalServer.Start();
        var (status, run) = await server.Post("api/runs", new { scenario, seed = seed.ToString(), @params = Params(parameters) });
        status.Should().Be(201, run.ToString());
        run.GetProperty("command").GetString().Should().Be(
            string.Join(' ', new[] { $"adoptionsim run scenarios/{scenario}.yaml --seed {seed}" }.Concat(classroom.Concat(parameters).Select(s => $"--set {s}"))));
        var ticks = run.GetProperty("ticks").GetInt32();
        var frames = await server.AllFrames(run.GetProperty("id").GetString()!, ticks);

        var table = ParquetFile.Read(Path.Combine(CliRun(temp, scenario + ".yaml", seed, [.. classroom, .. parameters]), "city_ticks.parquet"));
        var cities = run.GetProperty("cities").GetArrayLength();
        frames.Should().HaveCount(ticks + 1);
        table.RowCount.Should().Be((ticks + 1) * cities);
        var (tick, firms, share, adopters, peer) = (table.GetInt32("tick"), table.GetInt32("firms"), table.GetDouble("adoption_share"), table.GetInt32("adopters"), table.GetInt32("adoptions_peer"));
        for (var row = 0; row < table.RowCount; row++)
        {
            var (t, c) = (row / cities, row % cities);
            var frame = frames[t];
            frame.GetProperty("tick").GetInt32().Should().Be(tick[row]);
            frame.GetProperty("firms")[c].GetInt32().Should().Be(firms[row], $"firms of city {c} at tick {t}");
            frame.GetProperty("share")[c].GetDouble().Should().Be(share[row], $"adoption share of city {c} at tick {t}, exactly");
            frame.GetProperty("adopters")[c].GetInt32().Should().Be(adopters[row]);
        }
        frames.Sum(f => f.GetProperty("channels")[1].GetInt32()).Should().Be(peer.Sum(), "peer adoptions over the run");
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task The_Parquet_download_is_the_CLI_run_byte_for_byte(string scenario, long seed, string[] parameters, string[] classroom)
    {
        using var temp = new TempDirectory();
        await using var server = await LocalServer.Start();
        using var response = await server.Http.PostAsync("api/runs/parquet",
            JsonContent(new { scenario, seed = seed.ToString(), @params = Params(parameters) }));
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        var zipPath = Path.Combine(temp.Path, "download.zip");
        await File.WriteAllBytesAsync(zipPath, await response.Content.ReadAsByteArrayAsync());
        ZipFile.ExtractToDirectory(zipPath, Path.Combine(temp.Path, "download"));

        var cli = CliRun(temp, scenario + ".yaml", seed, [.. classroom, .. parameters]);
        var runFolder = Directory.GetDirectories(Path.Combine(temp.Path, "download")).Should().ContainSingle().Subject;
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').Should().Be(Path.GetFileName(runFolder) + ".zip");
        var expected = Directory.GetFiles(cli, "*.parquet").Select(Path.GetFileName).Order().ToList();
        expected.Should().Contain("city_ticks.parquet");
        Directory.GetFiles(runFolder, "*.parquet").Select(Path.GetFileName).Order().Should().Equal(expected);
        foreach (var file in expected)
            File.ReadAllBytes(Path.Combine(runFolder, file!)).Should().Equal(File.ReadAllBytes(Path.Combine(cli, file!)), $"{file} is the CLI's");
        File.Exists(Path.Combine(runFolder, "run.json")).Should().BeTrue();
    }

    internal static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}

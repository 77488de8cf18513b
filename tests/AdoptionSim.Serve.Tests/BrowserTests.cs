using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using AdoptionSim.Model;
using AdoptionSim.Model.Scenario;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AdoptionSim.Serve.Tests;

/// <summary>The page in a real browser (Debian's chromium through Playwright), as a teacher would use it.</summary>
[Collection(ServerCollection.Name)]
public class BrowserTests(ServerFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<IPage> _pages = [];

    /// <summary>A page of this test; closed after it, so its run frees its slot on the shared server.</summary>
    private async Task<IPage> NewPage(string path = "/")
    {
        var page = await fixture.NewPage(path);
        _pages.Add(page);
        return page;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var page in _pages) await page.Context.CloseAsync();
    }

    private static async Task<int> Tick(IPage page) => await page.EvaluateAsync<int>("() => window.adoptionsim ? window.adoptionsim.tick() : -1");

    private static Task WaitForTick(IPage page, int tick) =>
        page.WaitForFunctionAsync("t => window.adoptionsim && window.adoptionsim.tick() >= t", tick, new PageWaitForFunctionOptions { PollingInterval = 50 });

    private static async Task<bool> Playing(IPage page) => await page.GetByTestId("play").GetAttributeAsync("aria-pressed") == "true";

    [Fact]
    public async Task The_page_loads_with_the_bundled_scenarios_at_tick_0()
    {
        var page = await NewPage();
        await WaitForTick(page, 0);
        (await page.GetByTestId("tick").InnerTextAsync()).Should().Be("Tick 0 of 200 · 0.0 years");
        var options = await page.EvalOnSelectorAllAsync<string[]>("[data-testid=scenario] option", "os => os.map(o => o.value)");
        options.Should().Equal("bass", "two-cities", "uk-baseline", "innovation-fund", "business-rates", "procurement", "enterprise-zones",
            "multi-area-agreement", "national", "place-based", "pasted");
        (await page.GetByTestId("notice").Locator("li").CountAsync()).Should().Be(3);
        var q = page.GetByTestId("param-adoption.q");
        (await q.InputValueAsync()).Should().Be("0.38");
        var doc = await page.Locator($"#{await q.GetAttributeAsync("aria-describedby")}").InnerTextAsync();
        doc.Should().Contain(AdoptionSpec.Schema.FindField("q")!.Doc, "each slider carries its meaning from the schema");
        (await page.GetByTestId("gap").Locator("> title").TextContentAsync()).Should().Be("One city: there is no gap between cities to measure.");
        foreach (var chart in new[] { "map", "adoption", "network", "channels" })
            (await page.GetByTestId(chart).Locator("> title").TextContentAsync()).Should().StartWith("The S-curve (Bass model)", $"the {chart} chart is drawn");
        (await page.GetByTestId("map").Locator("> title").TextContentAsync()).Should().EndWith("at tick 0");
        (await page.GetByTestId("command").InnerTextAsync()).Should().Be("adoptionsim run scenarios/bass.yaml --seed 1");
    }

    [Fact]
    public async Task Play_advances_the_tick_pause_stops_it_and_the_keys_work()
    {
        var page = await NewPage("/?scenario=bass&speed=20");
        await WaitForTick(page, 0);
        await page.GetByTestId("play").ClickAsync();
        await WaitForTick(page, 10);
        await page.GetByTestId("play").ClickAsync();
        (await Playing(page)).Should().BeFalse();
        var paused = await Tick(page);
        await page.WaitForTimeoutAsync(500);
        (await Tick(page)).Should().Be(paused, "a paused run stays put");
        (await page.GetByTestId("tick").InnerTextAsync()).Should().StartWith($"Tick {paused} of 200");

        await page.GetByTestId("step").ClickAsync();
        await WaitForTick(page, paused + 1);
        (await Tick(page)).Should().Be(paused + 1);

        await page.Locator("body").ClickAsync(new LocatorClickOptions { Position = new Position { X = 5, Y = 1000 } });
        await page.Keyboard.PressAsync("ArrowRight");
        await WaitForTick(page, paused + 2);
        await page.Keyboard.PressAsync(" ");
        (await Playing(page)).Should().BeTrue("Space plays");
        await page.Keyboard.PressAsync("r");
        await page.WaitForFunctionAsync("() => window.adoptionsim.tick() === 0");
        (await Playing(page)).Should().BeFalse("R resets to tick 0, paused");
    }

    [Fact]
    public async Task A_slider_change_starts_again_and_changes_the_curve()
    {
        var page = await NewPage("/?scenario=bass&seed=3&speed=60&autoplay=1");
        await WaitForTick(page, 60);
        var before = await page.EvaluateAsync<double>("() => window.adoptionsim.frames()[60].adoptionShare");

        await page.GetByTestId("param-adoption.q").FillAsync("0.8");
        await page.WaitForFunctionAsync("() => new URL(location.href).searchParams.get('adoption.q') === '0.8'");
        await page.WaitForFunctionAsync("() => window.adoptionsim.frames().length <= 61"); // the run started again
        await WaitForTick(page, 60);
        var after = await page.EvaluateAsync<double>("() => window.adoptionsim.frames()[60].adoptionShare");
        after.Should().BeGreaterThan(before + 0.1, "with q = 0.8 instead of 0.38 imitation spreads the idea faster (at 6 years: Bass F = 0.80 vs 0.40)");
        (await page.GetByTestId("command").InnerTextAsync()).Should().Be("adoptionsim run scenarios/bass.yaml --seed 3 --set adoption.q=0.8");
    }

    [Fact]
    public async Task An_invalid_pasted_scenario_shows_its_located_error()
    {
        var page = await NewPage();
        await WaitForTick(page, 0);
        await page.Locator("#paste summary").ClickAsync();
        await page.GetByTestId("yaml").FillAsync("name: mine\ncities:\n  inline:\n    - {name: A, population: 100000}\nadoption:\n  q: lots\n");
        await page.GetByTestId("run-yaml").ClickAsync();
        var errors = page.GetByTestId("errors");
        await errors.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        (await errors.InnerTextAsync()).Should().Contain("pasted.yaml:6:6: adoption.q: expected a number, got 'lots'");
        (await page.Locator(".slider[data-key='adoption.q']").GetAttributeAsync("class")).Should().Contain("invalid", "the parameter named by the error is marked");

        await page.GetByTestId("yaml").FillAsync("extends: uk-baseline.yaml\n");
        await page.GetByTestId("run-yaml").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=errors]').innerText.includes('extends')");
        (await errors.InnerTextAsync()).Should().Contain("pasted.yaml:1:1: extends: a scenario given as text cannot read other files");

        await page.GetByTestId("yaml").FillAsync("name: mine\ncities:\n  inline:\n    - {name: A, population: 100000}\nticks: 8\n");
        await page.GetByTestId("run-yaml").ClickAsync();
        await errors.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        // The errors hide when the request succeeds; the new run's first tick arrives a moment later.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=tick]').innerText.includes('of 8')");
        (await page.GetByTestId("tick").InnerTextAsync()).Should().StartWith("Tick 0 of 8");
    }

    [Fact]
    public async Task A_shared_link_with_autoplay_opens_straight_into_the_demonstration()
    {
        var page = await NewPage("/?scenario=two-cities&seed=5&adoption.q=0.6&network.brokered_trust=0.3&autoplay=1&speed=20");
        await WaitForTick(page, 5);
        (await Playing(page)).Should().BeTrue();
        (await page.GetByTestId("scenario").InputValueAsync()).Should().Be("two-cities");
        (await page.GetByTestId("seed").InputValueAsync()).Should().Be("5");
        (await page.GetByTestId("param-adoption.q").InputValueAsync()).Should().Be("0.6");
        (await page.GetByTestId("param-network.brokered_trust").InputValueAsync()).Should().Be("0.3");
        var link = await page.GetByTestId("share-link").InputValueAsync();
        link.Should().Contain("scenario=two-cities").And.Contain("seed=5").And.Contain("adoption.q=0.6").And.Contain("autoplay=1");
    }

    [Fact]
    public async Task The_downloaded_Parquet_is_the_CLI_run_and_the_page_showed_its_values()
    {
        using var temp = new TempDirectory();
        var page = await NewPage("/?scenario=bass&seed=7&adoption.q=0.5&speed=60&autoplay=1");
        await WaitForTick(page, 200);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-parquet").ClickAsync());
        var zip = Path.Combine(temp.Path, download.SuggestedFilename);
        await download.SaveAsAsync(zip);
        File.Copy(zip, Path.Combine(ServerFixture.Artifacts, download.SuggestedFilename), overwrite: true);
        ZipFile.ExtractToDirectory(zip, Path.Combine(temp.Path, "page"));
        var fromPage = Directory.GetDirectories(Path.Combine(temp.Path, "page")).Single();

        var cli = SameRunAsCliTests.CliRun(temp, "bass.yaml", 7, "adoption.q=0.5");
        File.ReadAllBytes(Path.Combine(fromPage, "city_ticks.parquet")).Should().Equal(File.ReadAllBytes(Path.Combine(cli, "city_ticks.parquet")));

        var shown = JsonDocument.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(window.adoptionsim.frames().map(f => f.share[0]))"))
            .RootElement.EnumerateArray().Select(e => e.GetDouble()).ToList();
        shown.Should().Equal(AdoptionSim.Parquet.ParquetFile.Read(Path.Combine(cli, "city_ticks.parquet")).GetDouble("adoption_share"),
            "the curve on screen is the CLI's city_ticks, tick by tick");
    }

    [Fact]
    public async Task Every_chart_downloads_as_SVG()
    {
        var page = await NewPage("/?scenario=uk-baseline&speed=60&autoplay=1");
        await WaitForTick(page, 8);
        await page.GetByTestId("play").ClickAsync();
        var saved = new Dictionary<string, string>();
        foreach (var chart in new[] { "map", "adoption", "network", "gap", "channels" })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"[data-download={chart}]").ClickAsync());
            download.SuggestedFilename.Should().MatchRegex($@"^uk-baseline-s1-{chart}-tick\d+\.svg$");
            var path = Path.Combine(ServerFixture.Artifacts, download.SuggestedFilename);
            await download.SaveAsAsync(path);
            saved[chart] = path;
            var svg = XDocument.Load(path).Root!;
            svg.Name.LocalName.Should().Be("svg");
            svg.Attribute("width")!.Value.Should().Be("640");
            svg.Descendants().Count().Should().BeGreaterThan(20, $"the {chart} chart has its content");
        }
        var map = XDocument.Load(saved["map"]).Root!;
        map.Descendants().Count(e => e.Name.LocalName == "circle" && e.Attribute("data-city") is not null).Should().Be(63);
    }

    [Fact]
    public async Task A_screenshot_after_50_ticks_is_kept()
    {
        // Play a little, pause well before tick 50 (a slow machine may lag), then step to exactly 50.
        var page = await NewPage("/?scenario=uk-baseline&speed=10&autoplay=1");
        await WaitForTick(page, 10);
        await page.GetByTestId("play").ClickAsync();
        while (await Tick(page) < 50)
        {
            var next = await Tick(page) + 1;
            await page.GetByTestId("step").ClickAsync();
            await WaitForTick(page, next);
        }
        (await Tick(page)).Should().Be(50);
        await page.SetViewportSizeAsync(1920, 1300); // a 1080p projector's screen and a little more, to show every panel
        await page.EvaluateAsync("() => document.activeElement.blur()");
        await page.Mouse.MoveAsync(1900, 1290);
        await page.WaitForTimeoutAsync(300); // the network layout settles
        var path = Path.Combine(ServerFixture.Artifacts, "page-after-50-ticks.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        new FileInfo(path).Length.Should().BeGreaterThan(50_000, "a full page of charts, not a blank one");
        output.WriteLine($"screenshot: {path} at tick {await Tick(page)}");
    }

    [Fact]
    public async Task The_display_rate_is_recorded()
    {
        // Bass at 20,000 firms, and the UK at classroom size. Wall time is not asserted (the machine is shared):
        // the rates are logged and kept as an artefact (docs/serve.md quotes them).
        var lines = new List<string>();
        foreach (var (scenario, ticks, speed, what) in new[] { ("bass", 200, 20, "20,000 firms"), ("bass", 200, 60, "20,000 firms"), ("uk-baseline", 60, 20, "classroom size") })
        {
            var page = await NewPage($"/?scenario={scenario}&speed={speed}&autoplay=1");
            await WaitForTick(page, ticks);
            var stats = await page.EvaluateAsync<JsonElement>("() => window.adoptionsim.stats()");
            var line = $"{scenario} ({what}), speed {speed}: {stats.GetProperty("ticksPerSecond").GetDouble():F1} ticks/s shown, "
                + $"{stats.GetProperty("framesPerSecond").GetDouble():F1} frames/s drawn, {stats.GetProperty("renderMsPerFrame").GetDouble():F1} ms to draw a frame";
            output.WriteLine(line);
            lines.Add(line);
            stats.GetProperty("lastTick").GetInt32().Should().Be(ticks);
        }
        await File.WriteAllLinesAsync(Path.Combine(ServerFixture.Artifacts, "display-rate.txt"), lines);
    }
}

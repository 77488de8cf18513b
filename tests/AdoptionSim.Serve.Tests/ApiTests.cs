using System.Net;
using System.Net.WebSockets;
using System.Text;
using AdoptionSim.Model;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Serve.Tests;

/// <summary>The server's routes, limits and safety rules, over real HTTP and WebSockets (no browser).</summary>
public class ApiTests
{
    /// <summary>A small pasted scenario (two cities in England); <paramref name="extra"/> is its last line(s).</summary>
    private static string Yaml(string extra = "ticks: 12") => $$"""
        name: mine
        cities:
          inline:
            - {name: Alpha, population: 300000, lat: 53.0, lon: -2.0, class: service_innovator}
            - {name: Beta, population: 100000, lat: 52.5, lon: -1.0, class: low_innovation}
        {{extra}}
        """;

    [Fact]
    public async Task Sliders_carry_their_meaning_and_range_from_the_schema()
    {
        await using var server = await LocalServer.Start();
        var (status, body) = await server.Post("api/runs", new { scenario = "uk-baseline" });
        status.Should().Be(201);
        var sliders = body.GetProperty("sliders").EnumerateArray().ToDictionary(s => s.GetProperty("key").GetString()!);
        sliders["adoption.q"].GetProperty("doc").GetString().Should().Be(AdoptionSpec.Schema.FindField("q")!.Doc);
        sliders["adoption.q"].GetProperty("range").GetString().Should().Be("[0, ∞)");
        sliders["network.brokered_trust"].GetProperty("doc").GetString().Should().Be(NetworkSpec.Schema.FindField("brokered_trust")!.Doc);
        sliders["feedbacks.exit"].GetProperty("kind").GetString().Should().Be("boolean");
        sliders.Should().NotContainKey("policies[0].budget", "the baseline has no lever");

        (_, body) = await server.Post("api/runs", new { scenario = "innovation-fund", @params = new Dictionary<string, object> { ["policies[0].budget"] = 1e8 } });
        var budget = body.GetProperty("sliders").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "policies[0].budget");
        budget.GetProperty("value").GetDouble().Should().Be(1e8);
        budget.GetProperty("doc").GetString().Should().Be(AdoptionSim.Model.Policies.Levers.PolicySchema.Policy.FindField("budget")!.Doc);
    }

    [Fact]
    public async Task Bad_parameters_are_refused_with_the_parameter_named()
    {
        await using var server = await LocalServer.Start();
        var (status, body) = await server.Post("api/runs", new { scenario = "bass", @params = new Dictionary<string, object> { ["adoption.q"] = -1, ["cities.file"] = 1 } });
        status.Should().Be(400);
        LocalServer.ErrorTexts(body).Should().ContainSingle(e => e.StartsWith("cities.file: the page cannot set this parameter"));

        (status, body) = await server.Post("api/runs", new { scenario = "bass", seed = "x", @params = new Dictionary<string, object> { ["adoption.q"] = -1 } });
        status.Should().Be(400);
        LocalServer.ErrorTexts(body).Should().Equal("seed: expected a whole number, got \"x\"");

        (status, body) = await server.Post("api/runs", new { scenario = "bass", @params = new Dictionary<string, object> { ["adoption.q"] = -1 } });
        status.Should().Be(400);
        LocalServer.ErrorTexts(body).Should().Equal("adoption.q: expected a value in [0, ∞), got -1");
        body.GetProperty("errors")[0].GetProperty("field").GetString().Should().Be("adoption.q");

        (status, body) = await server.Post("api/runs", new { scenario = "nope" });
        status.Should().Be(400);
        LocalServer.ErrorTexts(body).Should().ContainSingle().Which.Should().StartWith("scenario: no bundled scenario 'nope' (choose one of bass, two-cities");
    }

    [Fact]
    public async Task A_pasted_scenario_runs_and_its_errors_are_located()
    {
        await using var server = await LocalServer.Start();
        var (status, body) = await server.Post("api/runs", new { yaml = Yaml(), seed = 4 });
        status.Should().Be(201, body.ToString());
        body.GetProperty("name").GetString().Should().Be("mine");
        body.GetProperty("command").GetString().Should().Be("adoptionsim run pasted.yaml --seed 4");
        body.GetProperty("ukMap").GetBoolean().Should().BeTrue();

        (status, body) = await server.Post("api/runs", new { yaml = "extends: uk-baseline.yaml\n" + Yaml("adoption: {q: lots}") });
        status.Should().Be(400);
        LocalServer.ErrorTexts(body).Should().Contain("pasted.yaml:1:1: extends: a scenario given as text cannot read other files: copy the keys it needs instead of `extends`")
            .And.Contain("pasted.yaml:7:15: adoption.q: expected a number, got 'lots'");

        (status, body) = await server.Post("api/runs", new { yaml = "cities:\n  file: ../../../etc/passwd\n" });
        status.Should().Be(400);
        LocalServer.ErrorTexts(body).Should().Contain("pasted.yaml:2:9: cities.file: a scenario given as text cannot read files: write the cities under cities.inline");
    }

    [Fact]
    public async Task Size_limits_have_clear_messages()
    {
        await using var server = await LocalServer.Start(new ServeLimits { MaxFirms = 5_000, MaxTicks = 100, MaxBodyBytes = 4096 });
        var (status, body) = await server.Post("api/runs", new { yaml = Yaml("ticks: 101\nfirms: {scale: 100}") });
        status.Should().Be(400);
        LocalServer.ErrorTexts(body).Should().Equal(
            "ticks: 101 ticks is more than the page runs (at most 100); use `adoptionsim run`",
            "firms: 80,000 firms at the start is more than the page runs (at most 5,000); lower firms.scale or firms.count");
        (status, body) = await server.Post("api/runs", new { yaml = "cities: {inline: [{name: Huge, population: 1e15}]}" });
        status.Should().Be(400, "a vast population is refused by validation, before the model counts its firms");
        LocalServer.ErrorTexts(body).Should().ContainSingle().Which.Should().StartWith("pasted.yaml:1:").And.Contain("cities.inline[0].population").And.Contain("at most 1,000,000,000");

        (status, body) = await server.Post("api/runs", new { yaml = Yaml() + "\n# " + new string('x', 5000) });
        status.Should().Be(413);
        LocalServer.ErrorTexts(body).Should().Equal("the request is larger than 4 KB: paste a shorter scenario");
    }

    [Fact]
    public async Task Only_this_page_on_this_machine_is_answered()
    {
        await using var server = await LocalServer.Start();
        using var unknown = await server.Http.GetAsync("no/such/route");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync()).Should().Be("not found");
        using var asset = await server.Http.GetAsync("assets/../../AdoptionSim.Serve.dll");
        asset.StatusCode.Should().Be(HttpStatusCode.NotFound);

        using var page = await server.Http.GetAsync("");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'");

        var rebinding = new HttpRequestMessage(HttpMethod.Get, "") { Headers = { Host = "evil.example:80" } };
        (await server.Http.SendAsync(rebinding)).StatusCode.Should().Be(HttpStatusCode.MisdirectedRequest);
        var crossSite = new HttpRequestMessage(HttpMethod.Post, "api/runs") { Content = SameRunAsCliTests.JsonContent(new { scenario = "bass" }) };
        crossSite.Headers.Add("Origin", "http://evil.example");
        (await server.Http.SendAsync(crossSite)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var form = await server.Http.PostAsync("api/runs", new StringContent("scenario=bass", Encoding.UTF8, "application/x-www-form-urlencoded"));
        form.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        var broken = await server.Http.PostAsync("api/runs", new StringContent("{", Encoding.UTF8, "application/json"));
        broken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await broken.Content.ReadAsStringAsync()).Should().NotContain("Exception").And.NotContain("   at ", "no stack trace reaches the page");
    }

    [Fact]
    public async Task A_few_simulations_at_once_each_freed_when_its_page_goes()
    {
        // Long enough that the three requests and the first page's stream all come before it (300 ms was
        // occasionally not, on a busy machine), short enough for the wait below (up to 5 s).
        await using var server = await LocalServer.Start(new ServeLimits { MaxSimulations = 2, UnclaimedTimeout = TimeSpan.FromSeconds(2) });
        var (_, first) = await server.Post("api/runs", new { scenario = "bass" });
        var (_, second) = await server.Post("api/runs", new { scenario = "bass" });
        var (status, body) = await server.Post("api/runs", new { scenario = "bass" });
        status.Should().Be(503);
        LocalServer.ErrorTexts(body).Single().Should().StartWith("the server is already running 2 simulations");

        // The first page opens its stream, watches a few ticks and goes; the second never opens its stream.
        using (var socket = await server.Live(first.GetProperty("id").GetString()!))
        {
            await LocalServer.Until(socket, 3);
            for (var i = 0; i <= 3; i++) (await LocalServer.Receive(socket))!.Value.GetProperty("tick").GetInt32().Should().Be(i);
            socket.Abort();
        }
        await WaitFor(() => server.Registry.Held == 0, "the closed page and the unclaimed run free their slots");
        (status, _) = await server.Post("api/runs", new { scenario = "bass" });
        status.Should().Be(201);
        var expired = () => server.Live(second.GetProperty("id").GetString()!);
        await expired.Should().ThrowAsync<WebSocketException>("an expired run is gone (404)");
    }

    [Fact]
    public async Task A_run_the_page_no_longer_wants_gives_its_slot_back_at_once()
    {
        await using var server = await LocalServer.Start(new ServeLimits { MaxSimulations = 1 });
        var (_, run) = await server.Post("api/runs", new { scenario = "bass" });
        (await server.Post("api/runs", new { scenario = "bass" })).Status.Should().Be(503);
        var id = run.GetProperty("id").GetString();
        (await server.Http.DeleteAsync($"api/runs/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await server.Http.DeleteAsync($"api/runs/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await server.Post("api/runs", new { scenario = "bass" })).Status.Should().Be(201);
    }

    [Fact]
    public async Task The_stream_waits_for_the_page_and_ends_after_the_last_tick()
    {
        await using var server = await LocalServer.Start();
        var (_, run) = await server.Post("api/runs", new { yaml = Yaml("ticks: 5") });
        using var socket = await server.Live(run.GetProperty("id").GetString()!);
        (await LocalServer.Receive(socket))!.Value.GetProperty("tick").GetInt32().Should().Be(0, "tick 0 comes unasked");
        var early = () => LocalServer.Receive(socket, TimeSpan.FromMilliseconds(500));
        await early.Should().ThrowAsync<OperationCanceledException>("tick 1 is not computed until the page asks");
    }

    [Fact]
    public async Task The_network_view_follows_one_idea_among_the_firms_of_one_city()
    {
        await using var server = await LocalServer.Start();
        var (_, run) = await server.Post("api/runs", new { scenario = "two-cities", seed = 2 });
        var network = run.GetProperty("network");
        network.GetProperty("city").GetString().Should().Be("Smalltown");
        var frames = await server.AllFrames(run.GetProperty("id").GetString()!, run.GetProperty("ticks").GetInt32());
        var first = frames[0].GetProperty("network");
        var ids = first.GetProperty("ids").EnumerateArray().Select(e => e.GetInt32()).ToList();
        ids.Should().HaveCount(network.GetProperty("shown").GetInt32()).And.BeInAscendingOrder();
        first.GetProperty("ties").EnumerateArray().Should().NotBeEmpty()
            .And.AllSatisfy(t => t[0].GetInt32().Should().BeLessThan(ids.Count));
        var last = frames[^1].GetProperty("network");
        last.GetProperty("focus").GetInt32().Should().BeGreaterThanOrEqualTo(0);
        last.GetProperty("lit").GetArrayLength().Should().BeGreaterThan(0, "some of Smalltown's firms adopt the idea followed within 15 years");
    }

    [Fact]
    public async Task Firms_and_ties_of_the_network_view_are_sent_only_when_they_change()
    {
        await using var server = await LocalServer.Start();
        // No brokers, no entry, exit or moves: the firms and ties of tick 0 never change.
        var (_, run) = await server.Post("api/runs", new { yaml = Yaml("ticks: 8\nbrokers: {enabled: false}\nfeedbacks: {exit: false, entry: false, relocation: false}") });
        var frames = await server.AllFrames(run.GetProperty("id").GetString()!, 8);
        frames[0].GetProperty("network").GetProperty("ties").GetArrayLength().Should().BeGreaterThan(0);
        frames.Skip(1).Should().AllSatisfy(f =>
        {
            f.GetProperty("network").GetProperty("ids").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
            f.GetProperty("network").GetProperty("ties").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        });
    }

    private static async Task WaitFor(Func<bool> condition, string because)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        condition().Should().BeTrue(because);
    }
}

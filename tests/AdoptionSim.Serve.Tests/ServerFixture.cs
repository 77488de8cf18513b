using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace AdoptionSim.Serve.Tests;

/// <summary>
/// The server on a free port of 127.0.0.1 (real Kestrel, real sockets, the bundled scenarios copied next to
/// the tests), and Debian's chromium driven by Playwright. Playwright's own browser download never runs:
/// the browser is /usr/bin/chromium (`apt-get install chromium`, done by scripts/setup.sh).
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Flags for a sandboxed CI machine with no network beyond this one.</summary>
    public static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public Uri Address { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots and downloads of the browser tests are kept (artifacts/serve/ in the repository, ignored by git).</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "artifacts", "serve")).FullName;

    public async Task InitializeAsync()
    {
        _app = ServeApp.Build(new ServeOptions { Port = 0 });
        await _app.StartAsync();
        Address = ServeApp.Address(_app);

        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: the browser tests drive Debian's chromium (bash scripts/setup.sh installs it)");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>A fresh page the size of a classroom projector's screen, with downloads allowed.</summary>
    public async Task<IPage> NewPage(string path = "/")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
            AcceptDownloads = true,
            BaseURL = Address.ToString(),
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(90_000); // a shared 2-core machine can be slow; no test asserts on wall time
        await page.GotoAsync(path);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server and browser";
}

/// <summary>Finds the repository from the test's working directory (bin/…), by walking up to AdoptionSim.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenario(string file) => Path.Combine(Root, "scenarios", file);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AdoptionSim.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No AdoptionSim.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A fresh directory under the system temp folder, deleted with the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("adoptionsim-serve-test-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}

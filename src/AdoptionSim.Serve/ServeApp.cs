using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdoptionSim.Serve;

/// <summary>How to serve: the port on 127.0.0.1 (0 = any free one), where the bundled scenarios are, the limits.</summary>
public sealed record ServeOptions
{
    public int Port { get; init; } = 5080;

    /// <summary>The <c>scenarios/</c> folder; by default the copy next to the assembly.</summary>
    public string? ScenariosDirectory { get; init; }

    public ServeLimits Limits { get; init; } = new();

    /// <summary>Where Parquet downloads are built before they are zipped; by default a folder under the system temp folder.</summary>
    public string? WorkDirectory { get; init; }
}

/// <summary>
/// The web server of <c>adoptionsim serve</c>: Kestrel bound to 127.0.0.1 only, the page from the
/// assembly, a small JSON API and the live WebSocket. Routes: see docs/serve.md.
/// </summary>
public static class ServeApp
{
    public static WebApplication Build(ServeOptions options)
    {
        var limits = options.Limits;
        var catalogue = new ScenarioCatalogue(options.ScenariosDirectory ?? ScenarioCatalogue.DefaultDirectory);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port); // never another interface
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // Logs go to stderr: stdout carries only "listening on …".
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton(catalogue);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SessionRegistry>();
        builder.Services.AddSingleton(new DownloadFolder(options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), "adoptionsim-serve")));

        var app = builder.Build();
        app.UseExceptionHandler(error => error.Run(context =>
        {
            // The exception is logged by the handler; the page gets no stack trace.
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return context.Response.WriteAsJsonAsync(new { errors = new[] { new InputError("the server failed (its log says why)", null) } }, ServeJson.Options);
        }));
        app.Use(LocalRequests.Guard);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        ApiEndpoints.Map(app);
        app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return context.Response.WriteAsync("not found");
        });
        return app;
    }

    /// <summary>The address the started server listens on, e.g. http://127.0.0.1:5080/.</summary>
    public static Uri Address(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal)), "/");
    }
}

/// <summary>The folder Parquet downloads are built in (cleared of each download once it is sent).</summary>
internal sealed record DownloadFolder(string Path);

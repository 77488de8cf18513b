using System.Text.Json;
using AdoptionSim.Charts;
using AdoptionSim.IO.Figures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdoptionSim.Serve;

/// <summary>
/// The routes: the page and its files, the scenario list, the coastline, new runs, their live stream,
/// their Parquet download, and dropping a run never opened. Anything else is 404. Errors are JSON <c>{"errors": [{"text", "field"}]}</c>.
/// </summary>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        var catalogue = app.Services.GetRequiredService<ScenarioCatalogue>();
        var limits = app.Services.GetRequiredService<ServeLimits>();
        // Loaded once at start-up, so a bundled scenario that does not load stops the server before any page sees it.
        var scenarios = JsonSerializer.SerializeToUtf8Bytes(new
        {
            scenarios = ScenarioCatalogue.Entries.Select(e => SimulationSession.Summarize(e, catalogue)).ToList(),
            palette = ServePalette.Json,
            limits = new { limits.MaxFirms, limits.MaxTicks, limits.MaxBodyBytes, limits.MaxSimulations },
        }, ServeJson.Options);

        app.MapGet("/", () => Asset("index.html"));
        app.MapGet("/assets/{*path}", (string path) => Asset(path));
        app.MapGet("/api/scenarios", () => Results.Bytes(scenarios, "application/json"));
        app.MapGet("/api/coastline", () => Results.Text(UkCoastline.Json, "application/json"));
        app.MapPost("/api/runs", CreateRun);
        app.MapPost("/api/runs/parquet", DownloadParquet);
        app.Map("/api/runs/{id}/live", Live);
        app.MapDelete("/api/runs/{id}", (string id, SessionRegistry registry) =>
        {
            // A page that started a run it no longer wants (the user moved on before it opened) gives its slot back at once.
            if (registry.Claim(id) is null) return Results.NotFound();
            registry.Release();
            return Results.NoContent();
        });
    }

    private static IResult Asset(string path) =>
        StaticAssets.Find(path) is { } file ? Results.Bytes(file.Bytes, file.ContentType) : Results.Text("not found", statusCode: StatusCodes.Status404NotFound);

    private static IResult Errors(int status, IReadOnlyList<InputError> errors) => Results.Json(new { errors }, ServeJson.Options, statusCode: status);

    private static IResult Error(int status, string text) => Errors(status, [new InputError(text, null)]);

    /// <summary>The request's run, or the answer to send instead (bad JSON, too large, invalid shape).</summary>
    private static async Task<(RunInput? Input, IResult? Refusal)> ReadInput(HttpContext context, ServeLimits limits)
    {
        if (context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            return (null, Error(StatusCodes.Status415UnsupportedMediaType, "send the run as JSON (Content-Type: application/json)"));
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
            return (RunInputReader.Read(document.RootElement), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Error(e.StatusCode, $"the request is larger than {limits.MaxBodyBytes / 1024} KB: paste a shorter scenario"));
        }
        catch (JsonException e)
        {
            return (null, Error(StatusCodes.Status400BadRequest, $"the request is not valid JSON: {e.Message}"));
        }
        catch (ServeInputException e)
        {
            return (null, Errors(StatusCodes.Status400BadRequest, e.Errors));
        }
    }

    private static IResult Busy(ServeLimits limits) => Error(StatusCodes.Status503ServiceUnavailable,
        $"the server is already running {limits.MaxSimulations} simulations: close another tab or wait a moment, then try again");

    private static async Task<IResult> CreateRun(HttpContext context, ScenarioCatalogue catalogue, ServeLimits limits, SessionRegistry registry)
    {
        var (input, refusal) = await ReadInput(context, limits);
        if (refusal is not null) return refusal;
        if (!registry.TryReserve()) return Busy(limits);
        try
        {
            var session = await Task.Run(() => SimulationSession.Create(SessionRegistry.NewId(), input!, catalogue, limits), context.RequestAborted);
            registry.Park(session);
            return Results.Json(session.Description, ServeJson.Options, statusCode: StatusCodes.Status201Created);
        }
        catch (ServeInputException e)
        {
            registry.Release();
            return Errors(StatusCodes.Status400BadRequest, e.Errors);
        }
        catch
        {
            registry.Release();
            throw;
        }
    }

    private static async Task Live(HttpContext context, string id, SessionRegistry registry, ILoggerFactory loggers)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await Error(StatusCodes.Status400BadRequest, "this address is a WebSocket: the page opens it").ExecuteAsync(context);
            return;
        }
        if (registry.Claim(id) is not { } session)
        {
            await Error(StatusCodes.Status404NotFound, "no such run (it may have expired): start it again").ExecuteAsync(context);
            return;
        }
        try
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await LiveStream.Serve(socket, session, loggers.CreateLogger("AdoptionSim.Serve.LiveStream"), context.RequestAborted);
        }
        finally
        {
            registry.Release();
        }
    }

    private static async Task<IResult> DownloadParquet(HttpContext context, ScenarioCatalogue catalogue, ServeLimits limits, SessionRegistry registry, DownloadFolder folder)
    {
        var (input, refusal) = await ReadInput(context, limits);
        if (refusal is not null) return refusal;
        if (!registry.TryReserve()) return Busy(limits);
        try
        {
            Directory.CreateDirectory(folder.Path);
            var (path, name) = await Task.Run(() => SimulationSession.WriteParquetZip(input!, catalogue, limits, folder.Path, context.RequestAborted), context.RequestAborted);
            // Deleted when the response has been sent (or the page went away).
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            return Results.File(stream, "application/zip", name);
        }
        catch (ServeInputException e)
        {
            return Errors(StatusCodes.Status400BadRequest, e.Errors);
        }
        finally
        {
            registry.Release();
        }
    }
}

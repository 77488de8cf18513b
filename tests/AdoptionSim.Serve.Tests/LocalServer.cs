using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;

namespace AdoptionSim.Serve.Tests;

/// <summary>A server of its own for one test (its own limits), with an HTTP client and a WebSocket reader.</summary>
internal sealed class LocalServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Http = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public SessionRegistry Registry => (SessionRegistry)_app.Services.GetService(typeof(SessionRegistry))!;

    public static async Task<LocalServer> Start(ServeLimits? limits = null)
    {
        var app = ServeApp.Build(new ServeOptions { Port = 0, Limits = limits ?? new ServeLimits() });
        await app.StartAsync();
        return new LocalServer(app, ServeApp.Address(app));
    }

    /// <summary>POSTs a run request; returns the status and the JSON answer.</summary>
    public async Task<(int Status, JsonElement Body)> Post(string path, object request)
    {
        using var response = await Http.PostAsJsonAsync(path, request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static IReadOnlyList<string> ErrorTexts(JsonElement body) =>
        body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("text").GetString()!).ToList();

    /// <summary>Opens the live stream of a run.</summary>
    public async Task<ClientWebSocket> Live(string id)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://{Address.Authority}/api/runs/{id}/live"), CancellationToken.None);
        return socket;
    }

    public static Task Until(ClientWebSocket socket, int tick) =>
        socket.SendAsync(Encoding.UTF8.GetBytes($"{{\"until\":{tick}}}"), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed the stream.</summary>
    public static async Task<JsonElement?> Receive(ClientWebSocket socket, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage) return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
        }
    }

    /// <summary>Every tick frame of a run, asking for all of them at once.</summary>
    public async Task<List<JsonElement>> AllFrames(string id, int ticks)
    {
        using var socket = await Live(id);
        await Until(socket, ticks);
        var frames = new List<JsonElement>();
        while (await Receive(socket) is { } message)
        {
            if (message.GetProperty("type").GetString() == "end") break;
            message.GetProperty("type").GetString().Should().Be("tick", message.ToString());
            frames.Add(message);
        }
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        return frames;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}

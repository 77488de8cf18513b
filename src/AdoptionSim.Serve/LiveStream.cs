using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace AdoptionSim.Serve;

/// <summary>
/// The live stream of one run over a WebSocket: the page says how far it wants the run to go
/// (<c>{"until": 40}</c>), the simulation computes up to there on its own thread and waits, and each tick
/// goes to the page as a JSON frame. The run ends when it is done, when the page goes, or on error.
/// </summary>
internal static class LiveStream
{
    private const int MaxMessageBytes = 4096;

    public static async Task Serve(WebSocket socket, SimulationSession session, ILogger logger, CancellationToken aborted)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var gate = new TickGate();
        var frames = Channel.CreateUnbounded<TickFrame>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var simulation = Task.Factory.StartNew(() =>
        {
            try
            {
                session.Run(frame => frames.Writer.TryWrite(frame), tick => gate.WaitFor(tick, cancel.Token), cancel.Token);
                frames.Writer.TryComplete();
            }
            catch (Exception e)
            {
                frames.Writer.TryComplete(e);
            }
        }, cancel.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var receiving = Receive(socket, gate, cancel.Token);
        var sending = Send(socket, frames.Reader, logger, cancel.Token);
        if (await Task.WhenAny(receiving, sending).ConfigureAwait(false) == sending)
        {
            // The run is over (done or failed, and the page told): close politely and wait for the page's answer.
            await Quietly(socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", aborted)).ConfigureAwait(false);
            await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(5), aborted)).ConfigureAwait(false);
        }

        // The page went away or the run is over: stop the simulation thread and the loops.
        await cancel.CancelAsync().ConfigureAwait(false);
        gate.Wake();
        await Quietly(Task.WhenAll(simulation, sending, receiving)).ConfigureAwait(false);
        if (socket.State == WebSocketState.CloseReceived)
            await Quietly(socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None)).ConfigureAwait(false);
    }

    /// <summary>Awaits a step whose failure means only that the page has gone.</summary>
    private static async Task Quietly(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
        }
    }

    private static async Task Receive(WebSocket socket, TickGate gate, CancellationToken cancellation)
    {
        var buffer = new byte[MaxMessageBytes];
        while (!cancellation.IsCancellationRequested)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                if (length == buffer.Length) return; // too long for a control message: end the stream
                result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellation).ConfigureAwait(false);
                length += result.Count;
            }
            while (!result.EndOfMessage);
            if (result.MessageType == WebSocketMessageType.Close) return;
            if (Until(buffer.AsSpan(0, length)) is { } until) gate.Allow(until);
        }
    }

    /// <summary>The tick in <c>{"until": n}</c>, or null for any other message (ignored).</summary>
    private static int? Until(ReadOnlySpan<byte> message)
    {
        try
        {
            var reader = new Utf8JsonReader(message);
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("until", out var until) && until.TryGetInt32(out var tick) ? tick : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task Send(WebSocket socket, ChannelReader<TickFrame> frames, ILogger logger, CancellationToken cancellation)
    {
        try
        {
            await foreach (var frame in frames.ReadAllAsync(cancellation).ConfigureAwait(false))
                await SendJson(socket, frame, cancellation).ConfigureAwait(false);
            await SendJson(socket, new { type = "end" }, cancellation).ConfigureAwait(false);
        }
        catch (ServeInputException e)
        {
            await SendJson(socket, new { type = "error", message = e.Message }, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not WebSocketException)
        {
            logger.LogError(e, "live run failed");
            await SendJson(socket, new { type = "error", message = "the run failed inside the server (its log says why)" }, cancellation).ConfigureAwait(false);
        }
    }

    private static Task SendJson<T>(WebSocket socket, T value, CancellationToken cancellation) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(value, ServeJson.Options), WebSocketMessageType.Text, true, cancellation);

    /// <summary>How far the page wants the run to go; the simulation thread waits here for the next tick.</summary>
    private sealed class TickGate
    {
        private readonly object _lock = new();
        private int _until;

        public void Allow(int until)
        {
            lock (_lock)
            {
                if (until <= _until) return;
                _until = until;
                Monitor.PulseAll(_lock);
            }
        }

        public void Wake()
        {
            lock (_lock) Monitor.PulseAll(_lock);
        }

        public void WaitFor(int tick, CancellationToken cancellation)
        {
            lock (_lock)
            {
                while (_until < tick)
                {
                    cancellation.ThrowIfCancellationRequested();
                    Monitor.Wait(_lock, 250);
                }
            }
        }
    }
}

using Microsoft.AspNetCore.Http;

namespace AdoptionSim.Serve;

/// <summary>
/// The server answers only its own page on this machine. It is bound to 127.0.0.1, and a request must also
/// name this address as its Host (so a web site cannot reach it by DNS rebinding) and, when a browser sends
/// an Origin (any POST, any WebSocket), come from this page (so another site open in the same browser
/// cannot start runs). Every answer forbids framing, sniffing and loading anything from elsewhere.
/// </summary>
internal static class LocalRequests
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static Task Guard(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";

        var port = context.Connection.LocalPort;
        var own = new[] { $"127.0.0.1:{port}", $"localhost:{port}" };
        if (!own.Contains(context.Request.Host.Value, StringComparer.OrdinalIgnoreCase))
            return Refuse(context, StatusCodes.Status421MisdirectedRequest, $"this server answers only to http://127.0.0.1:{port}/");
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && !own.Any(o => string.Equals(origin, "http://" + o, StringComparison.OrdinalIgnoreCase)))
            return Refuse(context, StatusCodes.Status403Forbidden, "requests from other sites are refused");
        return next(context);
    }

    private static Task Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { errors = new[] { new InputError(message, null) } }, ServeJson.Options);
    }
}

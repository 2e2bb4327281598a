using Dashboard.Web.Features.Access;
using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Protection;

/// <summary>
/// Guards the live connections of pages (<c>/_blazor</c>) and hubs (<c>/hubs</c>): a browser may open one
/// only from a page of an allowed origin, and one client may hold only so many at once.
/// </summary>
/// <remarks>
/// Cookies travel with a cross-site WebSocket handshake and CORS does not apply to it, so without the
/// Origin check any site a signed-in user visits could drive the dashboard. Clients that are not browsers
/// send no Origin and are left to authentication.
/// </remarks>
internal sealed partial class LiveConnectionGuard(
    RequestDelegate next,
    IOptions<BrowserSecurityOptions> security,
    IOptions<LimitsOptions> limits,
    ILogger<LiveConnectionGuard> logger)
{
    private readonly ConcurrentDictionary<string, int> _open = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsLiveConnection(context.Request.Path))
        {
            await next(context);
            return;
        }

        if (!OriginAllowed(context))
        {
            Log.OriginRefused(logger, context.Request.Headers.Origin.ToString());
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "Connections from this origin are not allowed.");
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await next(context);
            return;
        }

        await CountedAsync(context);
    }

    public static bool IsLiveConnection(PathString path) =>
        path.StartsWithSegments("/_blazor") || path.StartsWithSegments("/hubs");

    private async Task CountedAsync(HttpContext context)
    {
        var client = context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (_open.AddOrUpdate(client, 1, (_, count) => count + 1) > limits.Value.MaxCircuitsPerClient)
        {
            Release(client);
            Log.TooManyConnections(logger, limits.Value.MaxCircuitsPerClient);
            await RefuseAsync(context, StatusCodes.Status429TooManyRequests,
                $"At most {limits.Value.MaxCircuitsPerClient} live pages may be open at once; close some tabs.");
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            Release(client);
        }
    }

    private void Release(string client)
    {
        if (_open.AddOrUpdate(client, 0, (_, count) => count - 1) <= 0)
        {
            _open.TryRemove(new KeyValuePair<string, int>(client, 0));
        }
    }

    private bool OriginAllowed(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString().TrimEnd('/');
        if (origin.Length == 0)
        {
            return true;
        }

        var own = $"{context.Request.Scheme}://{context.Request.Host}";

        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || security.Value.AllowedOrigins.Any(allowed =>
                string.Equals(origin, allowed.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }

    private static Task RefuseAsync(HttpContext context, int status, string detail) =>
        AccessProblems.WriteAsync(context, status, "Connection refused.", detail);

    private static partial class Log
    {
        [LoggerMessage(5001, LogLevel.Warning, "Refused a live connection from origin {Origin}")]
        public static partial void OriginRefused(ILogger logger, string origin);

        [LoggerMessage(5002, LogLevel.Warning, "Refused a live connection: client already holds {Limit}")]
        public static partial void TooManyConnections(ILogger logger, int limit);
    }
}

using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Web.Features.Live;

/// <summary>
/// Pushes activation events to clients outside the app (andon lights, other dashboards). Clients only
/// listen: see <see cref="ActivationEvents"/> for the event names and payloads.
/// </summary>
public sealed class ActivationHub : Hub
{
    public const string Route = "/hubs/activation";
}

using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Dashboard.Web.Features.Access;

/// <summary>Keeps the page's <see cref="CircuitConnection"/> in step with its browser's connection.</summary>
internal sealed class CircuitConnectionHandler(CircuitConnection connection) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        connection.Up();

        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        connection.Down();

        return Task.CompletedTask;
    }
}

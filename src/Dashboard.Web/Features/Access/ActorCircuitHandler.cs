using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Dashboard.Web.Features.Access;

/// <summary>Keeps <see cref="CurrentActor"/> on the circuit's user, including after it signs out or is revoked.</summary>
internal sealed class ActorCircuitHandler(AuthenticationStateProvider authentication, CurrentActor actor)
    : CircuitHandler, IDisposable
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationChanged;

        return base.OnCircuitOpenedAsync(circuit, cancellationToken);
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        actor.SetCircuitUser(state.User);
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationChanged;

    private async void OnAuthenticationChanged(Task<AuthenticationState> state)
    {
        try
        {
            actor.SetCircuitUser((await state).User);
        }
        catch (InvalidOperationException)
        {
            // The circuit is going away; there is no one left to act.
        }
    }
}

using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Features.Live;

/// <summary>
/// A page or component that refreshes itself when reports change what it shows. Derive from it
/// (<c>@inherits LiveComponentBase</c>), say which changes matter in <see cref="IsAffectedBy"/> and reload
/// in <see cref="RefreshAsync"/>; the base subscribes after the first render, merges bursts, re-renders
/// on the renderer's thread and unsubscribes when the component goes away.
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    private IDisposable? _subscription;

    [Inject]
    private ActivationNotifier Notifier { get; set; } = default!;

    [Inject]
    private LiveDiagnostics Diagnostics { get; set; } = default!;

    /// <summary>Whether <paramref name="change"/> alters what this component shows. Defaults to any change.</summary>
    protected virtual bool IsAffectedBy(ActivationChange change) => true;

    /// <summary>Reloads what the component shows; a render follows.</summary>
    protected abstract Task RefreshAsync(ActivationChange change);

    protected override void OnAfterRender(bool firstRender)
    {
        Diagnostics.CountRender(GetType().Name);
        if (firstRender)
        {
            _subscription = Notifier.Subscribe(OnChangeAsync);
        }
    }

    private async Task OnChangeAsync(ActivationChange change)
    {
        if (!IsAffectedBy(change))
        {
            return;
        }

        try
        {
            await InvokeAsync(async () =>
            {
                await RefreshAsync(change);
                StateHasChanged();
            });
        }
        catch (ObjectDisposedException)
        {
            // The circuit closed while the change was on its way: nobody is left to show it to.
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what a derived component holds, after the subscription has ended.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}

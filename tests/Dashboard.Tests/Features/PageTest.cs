using Bunit;

namespace Dashboard.Tests.Features;

/// <summary>
/// A bUnit context that xunit disposes asynchronously: some MudBlazor services can only be disposed
/// that way, and a synchronous dispose of the container throws.
/// </summary>
public abstract class PageTest : BunitContext, IAsyncLifetime
{
    // Pages load from SQLite off the render thread; on a busy CI machine one second is not always enough.
    protected PageTest() => DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}

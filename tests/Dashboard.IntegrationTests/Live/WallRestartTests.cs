using Dashboard.IntegrationTests.Access;
using Dashboard.IntegrationTests.EndToEnd;
using Microsoft.Playwright;

namespace Dashboard.IntegrationTests.Live;

/// <summary>The wall through a server restart on the same port and database, untouched.</summary>
public sealed class WallRestartTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Wall_KeepsItsPictureWhileDown_AndFollowsTheNewServerAfterARestart()
    {
        var port = LiveDashboardHost.FreePort();
        await using var first = new LiveDashboardHost(_folder.Path, port).Start();
        await first.PostSampleAsync("001", "RESTART-1", "RESTART-B1");
        var page = await _browser!.NewPageAsync(new() { BaseURL = first.Address.ToString() });
        await page.GotoAsync($"/wall?token={TestAccess.DisplayToken}&batches=RESTART-B1");
        var activated = page.Locator(".wall-panel[data-batch='RESTART-B1'] .activated-count");
        await Expect(activated).ToHaveTextAsync("1");
        await first.WaitForSubscribersAsync(1);

        await first.DisposeAsync();

        await Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(page.Locator("#components-reconnect-modal")).ToContainTextAsync("Reconnecting");
        await Expect(activated).ToHaveTextAsync("1");

        await using var second = new LiveDashboardHost(_folder.Path, port).Start();
        await second.WaitForSubscribersAsync(1);
        await second.PostSampleAsync("009", "RESTART-2", "RESTART-B1");

        await Expect(activated).ToHaveTextAsync("2", new() { Timeout = 5000 });
        await Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Dashboard.IntegrationTests.EndToEnd;

/// <summary>A dashboard on a real port and a Chromium to drive it, both disposed after the test.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <param name="configure">Settings of the test's dashboard on top of the usual ones.</param>
    protected BrowserTest(Action<IWebHostBuilder>? configure = null) => Factory = new KestrelDashboardFactory(configure);

    protected KestrelDashboardFactory Factory { get; }

    protected IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>
    /// Clicks until what the click shows appears: the circuit may connect after the prerendered page shows,
    /// and a click before that does nothing.
    /// </summary>
    protected static async Task ClickWhenInteractiveAsync(IPage page, ILocator target, ILocator appears)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await target.ClickAsync();
            try
            {
                await Assertions.Expect(appears).ToBeVisibleAsync(new() { Timeout = 2000 });
                return;
            }
            catch (PlaywrightException)
            {
                await page.WaitForTimeoutAsync(200);
            }
        }

        Assert.Fail($"{page.Url} never became interactive.");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}

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

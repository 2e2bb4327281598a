using Dashboard.IntegrationTests.Access;
using System.Diagnostics;
using Dashboard.IntegrationTests.EndToEnd;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dashboard.IntegrationTests.Live;

/// <summary>Pages in Chromium following reports posted to the API, with no reload.</summary>
public sealed class LivePagesTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly LocatorAssertionsToHaveTextOptions s_withinTwoSeconds = new() { Timeout = 2000 };

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
    public async Task WallAndBatchPage_ShowANewReport_WithinTwoSeconds()
    {
        await using var host = new LiveDashboardHost(_folder.Path, LiveDashboardHost.FreePort()).Start();
        await host.PostSampleAsync("001", "LIVE-1", "LIVE-B1");
        var wall = await OpenAsync(host, "/wall?batches=LIVE-B1");
        var batch = await OpenAsync(host, "/batches/LIVE-B1");
        var activated = wall.Locator(".wall-panel[data-batch='LIVE-B1'] .activated-count");
        var devices = batch.Locator(".batch-devices h6");
        await Expect(activated).ToHaveTextAsync("1");
        await Expect(devices).ToHaveTextAsync("1");
        await host.WaitForSubscribersAsync(2);

        await host.PostSampleAsync("009", "LIVE-2", "LIVE-B1");

        await Expect(activated).ToHaveTextAsync("2", s_withinTwoSeconds);
        await Expect(devices).ToHaveTextAsync("2", s_withinTwoSeconds);
        await Expect(batch.Locator(".device-grid .device-link")).ToHaveCountAsync(2, new() { Timeout = 2000 });
    }

    [Fact]
    public async Task BatchPage_RendersAFewTimes_ForABurstOfReports()
    {
        const int Burst = 300;
        await using var host = new LiveDashboardHost(_folder.Path, LiveDashboardHost.FreePort()).Start();
        await host.PostSampleAsync("001", "BURST-0", "BURST-B1");
        var page = await OpenAsync(host, "/batches/BURST-B1");
        await host.WaitForSubscribersAsync(1);
        var before = host.Diagnostics.Renders("BatchPage");
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(1, Burst), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, _) => await host.PostSampleAsync("009", $"BURST-{i}", "BURST-B1"));
        await Expect(page.Locator(".batch-devices h6")).ToHaveTextAsync((Burst + 1).ToString(), s_withinTwoSeconds);
        var elapsed = clock.Elapsed;
        await Task.Delay(1000);

        var renders = host.Diagnostics.Renders("BatchPage") - before;
        var allowed = 2 + (int)Math.Ceiling(elapsed.TotalMilliseconds / 300);
        output.WriteLine($"{Burst} reports shown in {elapsed.TotalSeconds:0.0} s with {renders} renders.");
        Assert.InRange(renders, 1, Math.Min(allowed, Burst / 10));
    }

    private async Task<IPage> OpenAsync(LiveDashboardHost host, string path)
    {
        var page = await _browser!.NewSignedInPageAsync(host, new()
        {
            BaseURL = host.Address.ToString(),
            ViewportSize = new() { Width = 1920, Height = 1080 },
        });
        await page.GotoAsync(path);

        return page;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

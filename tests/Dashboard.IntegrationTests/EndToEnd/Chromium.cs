using Microsoft.Playwright;

namespace Dashboard.IntegrationTests.EndToEnd;

/// <summary>Launches the system's Chromium: browser downloads are not possible where these tests run.</summary>
public static class Chromium
{
    /// <summary>Overrides the browser path; otherwise the Debian package's <c>/usr/bin/chromium</c> is used.</summary>
    public const string PathVariable = "DASHBOARD_CHROMIUM";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var path = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured
            ? configured
            : "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {path}. Install it (apt-get install -y chromium) "
                + $"or set {PathVariable} to the browser's path.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }
}

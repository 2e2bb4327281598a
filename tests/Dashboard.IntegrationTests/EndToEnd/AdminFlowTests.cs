using System.Net;
using Dashboard.IntegrationTests.Access;
using Dashboard.IntegrationTests.Api;
using Microsoft.Playwright;

namespace Dashboard.IntegrationTests.EndToEnd;

public sealed class AdminFlowTests : BrowserTest
{
    private const string StationName = "line-7 imaging";

    [Fact]
    public async Task CredentialsPage_NewStationKey_IngestsShowsLastUseThenAdminSignsOut()
    {
        var address = Factory.StartAndGetAddress();
        var page = await Browser.NewSignedInPageAsync(Factory, new()
        {
            BaseURL = address.ToString(),
            ViewportSize = new() { Width = 1400, Height = 900 },
        });
        await page.GotoAsync("/admin/credentials");

        await OpenAsync(page, ".add-station-key", ".credential-name-input input");
        await page.Locator(".credential-name-input input").FillAsync(StationName);
        await page.Locator("button.create-credential").ClickAsync();
        var secretField = page.Locator(".credential-secret input");
        await Expect(page.Locator(".secret-warning")).ToContainTextAsync("only time it is shown");
        var secret = await secretField.InputValueAsync();
        await SaveAsync(page, "admin-credentials-secret.png");
        await page.Locator("button.secret-done").ClickAsync();

        var answer = await PostReportAsync(address, secret);

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        await page.GotoAsync("/admin/credentials");
        var row = page.Locator(".credential-grid-station tr", new() { HasText = StationName });
        await Expect(row.Locator(".last-used")).ToHaveTextAsync("just now");
        await Expect(row.Locator(".credential-hint")).ToHaveTextAsync("…" + secret[^4..]);
        await Expect(row.Locator(".credential-active")).ToBeVisibleAsync();
        await SaveAsync(page, "admin-credentials.png");

        await page.GotoAsync("/admin/audit");
        var entry = page.Locator(".audit-grid tr", new() { HasText = "station-key.created" }).First;
        await Expect(entry).ToContainTextAsync(StationName);
        await Expect(entry).ToContainTextAsync(TestAccess.AdminEmail);
        await SaveAsync(page, "admin-audit.png");

        await OpenAsync(page, ".signed-in-menu button", ".signed-in-role");
        await Expect(page.Locator(".signed-in-role")).ToHaveTextAsync("Admin");
        await page.Locator("button.sign-out").ClickAsync();
        await page.WaitForURLAsync("**/account/login");
    }

    // Until the page's circuit connects a click does nothing, so click again until the dialog or menu opens.
    private static async Task OpenAsync(IPage page, string button, string field)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await page.Locator(button).ClickAsync();
            try
            {
                await Expect(page.Locator(field)).ToBeVisibleAsync(new() { Timeout = 1000 });
                return;
            }
            catch (PlaywrightException)
            {
                // Not interactive yet.
            }
        }

        Assert.Fail($"Clicking {button} never showed {field}.");
    }

    private static async Task<HttpResponseMessage> PostReportAsync(Uri address, string secret)
    {
        using var station = new HttpClient { BaseAddress = address };
        station.DefaultRequestHeaders.Add(TestAccess.ApiKeyHeader, secret);
        using var content = new ByteArrayContent(Samples.Read("009"));

        return await station.PostAsync("/api/v1/reports?serial=SN-E2E-7&batch=B-E2E&station=line-7", content);
    }

    private static async Task SaveAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable(KeyPageTests.ScreenshotsVariable) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

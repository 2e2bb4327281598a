using Dashboard.IntegrationTests.Access;
using System.Text;
using Microsoft.Playwright;

namespace Dashboard.IntegrationTests.EndToEnd;

public sealed class PhoneActivationFlowTests : BrowserTest
{
    private const string Iid = "279622490807516561405323526915956419069784436821448326653670301";
    private const string Cid = "123456 234567 345678 456789 567890 678901 789012 890123";

    [Fact]
    public async Task PhoneQueue_CaseFromReport_IsWorkedAndClosedByALaterActivatedReport()
    {
        var address = Factory.StartAndGetAddress();
        using var http = new HttpClient { BaseAddress = address }.WithSession(Factory.AdminCookie);
        await PostAsync(http, Capture("Notification\nNotification Reason: 0xC004F009."), "2026-12-01T08:00:00Z");
        var page = await Browser.NewSignedInPageAsync(Factory, new() { BaseURL = address.ToString() });

        await page.GotoAsync("/phone-activation");
        var row = page.Locator(".phone-cases tr.phone-case", new() { HasText = "SN-PHONE-1" });
        await Expect(row).ToBeVisibleAsync();
        await ClickWhenInteractiveAsync(page, row, page.Locator(".phone-case-panel"));
        await Expect(page.Locator(".iid-group")).ToHaveCountAsync(9);
        await Expect(page.Locator(".iid-group").First).ToContainTextAsync("2796224");
        await Shot(page, "phone-activation-queue");

        await page.Locator("button.claim-case").ClickAsync();
        await Expect(page.Locator(".phone-case-panel .case-claimed")).ToContainTextAsync(TestAccess.AdminEmail);

        await page.Locator(".confirmation-id input").FillAsync(Cid[..^1]);
        await page.Locator("button.accept-confirmation").ClickAsync();
        await Expect(page.Locator(".case-error")).ToContainTextAsync("47 digits; a Confirmation ID has 48");
        await Shot(page, "phone-activation-bad-cid");

        await page.Locator(".confirmation-id input").FillAsync(Cid);
        await page.Locator("button.accept-confirmation").ClickAsync();
        await Expect(page.Locator(".atp-command")).ToHaveTextAsync(
            "slmgr /atp " + Cid.Replace(" ", "", StringComparison.Ordinal) + " a84bba07-931d-b925-306a-0799dc6ebd71");
        await Shot(page, "phone-activation-command");

        await PostAsync(http, Capture("Licensed"), "2026-12-01T09:00:00Z");
        await page.ReloadAsync();
        await Expect(page.Locator(".no-cases")).ToBeVisibleAsync();
        await ShowClosedCasesAsync(page, row.Locator(".case-closed"));
    }

    // After a reload the circuit connects a moment after the page shows; a tick before that is lost to
    // the server, so untick and tick again until the filter takes.
    private static async Task ShowClosedCasesAsync(IPage page, ILocator appears)
    {
        var showClosed = page.Locator(".filter-closed input");
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await showClosed.SetCheckedAsync(false);
            await showClosed.SetCheckedAsync(true);
            await page.Locator("button.apply-filters").ClickAsync();
            try
            {
                await Expect(appears).ToBeVisibleAsync(new() { Timeout = 2000 });
                return;
            }
            catch (PlaywrightException)
            {
                await page.WaitForTimeoutAsync(200);
            }
        }

        Assert.Fail("Closed cases never showed.");
    }

    private static async Task PostAsync(HttpClient http, string capture, string capturedAt)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(capture));
        var url = $"/api/v1/reports?serial=SN-PHONE-1&batch=B-PHONE&station=line-2&capturedAt={capturedAt}";
        using var response = await http.PostAsync(url, content);
        response.EnsureSuccessStatusCode();
    }

    private static string Capture(string status) => $"""
        Name: Windows(R), IoTEnterpriseS edition
        Description: Windows(R) Operating System, OEM_DM channel
        Activation ID: a84bba07-931d-b925-306a-0799dc6ebd71
        Application ID: 55c92734-d682-4d71-983e-d6ec3f16059f
        Installation ID: {Iid}
        Partial Product Key: RCDNK
        License Status: {status}
        """;

    private static async Task Shot(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("DASHBOARD_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

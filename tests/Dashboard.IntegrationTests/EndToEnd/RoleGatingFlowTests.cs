using System.Text;
using Dashboard.IntegrationTests.Access;
using Dashboard.Web.Features.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dashboard.IntegrationTests.EndToEnd;

/// <summary>In a real browser, a Viewer reads the phone queue and a batch but gets no controls; an Operator claims.</summary>
public sealed class RoleGatingFlowTests : BrowserTest
{
    private const string Iid = "279622490807516561405323526915956419069784436821448326653670301";

    [Fact]
    public async Task Pages_ViewerSeesHintsOnly_OperatorClaimsUnderOwnName()
    {
        var address = Factory.StartAndGetAddress();
        await SeedCaseAsync(address);
        var viewer = await PageForAsync(address, "viewer@gating.test", DashboardRoles.Viewer);
        var op = await PageForAsync(address, "olga@gating.test", DashboardRoles.Operator);

        await OpenCaseAsync(viewer);
        await Expect(viewer.Locator(".phone-case-panel .role-hint")).ToContainTextAsync("Phone operators");
        await Expect(viewer.Locator("button.claim-case")).ToHaveCountAsync(0);
        await Expect(viewer.Locator(".confirmation-id")).ToHaveCountAsync(0);
        await Shot(viewer, "gating-viewer-phone");
        await viewer.GotoAsync("/batches/B-GATE");
        await Expect(viewer.Locator(".batch-header .role-hint")).ToContainTextAsync("Production managers");
        await Expect(viewer.Locator("button.edit-batch")).ToHaveCountAsync(0);
        await Shot(viewer, "gating-viewer-batch");

        await OpenCaseAsync(op);
        await op.Locator("button.claim-case").ClickAsync();
        await Expect(op.Locator(".phone-case-panel .case-claimed")).ToContainTextAsync("olga@gating.test");
        await Expect(op.Locator("button.release-case")).ToBeVisibleAsync();
        await Shot(op, "gating-operator-phone");
    }

    private async Task SeedCaseAsync(Uri address)
    {
        using var http = new HttpClient { BaseAddress = address }.WithSession(Factory.AdminCookie);
        var capture = $"""
            Name: Windows(R), IoTEnterpriseS edition
            Activation ID: a84bba07-931d-b925-306a-0799dc6ebd71
            Installation ID: {Iid}
            Partial Product Key: RCDNK
            License Status: Notification
            Notification Reason: 0xC004F009.
            """;
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(capture));
        using var response = await http.PostAsync("/api/v1/reports?serial=SN-GATE-1&batch=B-GATE", content);
        response.EnsureSuccessStatusCode();
    }

    private async Task<IPage> PageForAsync(Uri address, string email, string role)
    {
        const string password = "Gating-Password-42";
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateAsync(email, password, [role], CancellationToken.None);
            Assert.True(created.Succeeded);
        }

        var cookie = (await Factory.SignInAsync(email, password)).Split('=', 2);
        var page = await Browser.NewPageAsync(new() { BaseURL = address.ToString() });
        await page.Context.AddCookiesAsync(
        [
            new Cookie { Name = cookie[0], Value = cookie[1], Url = address.ToString(), HttpOnly = true },
        ]);

        return page;
    }

    private static async Task OpenCaseAsync(IPage page)
    {
        await page.GotoAsync("/phone-activation");
        var row = page.Locator(".phone-cases tr.phone-case", new() { HasText = "SN-GATE-1" });
        await Expect(row).ToBeVisibleAsync();

        // The circuit may connect after the page shows; a click before that does nothing, so click again.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await row.ClickAsync();
            try
            {
                await Expect(page.Locator(".phone-case-panel")).ToBeVisibleAsync(new() { Timeout = 2000 });
                return;
            }
            catch (PlaywrightException)
            {
                await page.WaitForTimeoutAsync(200);
            }
        }

        Assert.Fail("The phone activation page never became interactive.");
    }

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

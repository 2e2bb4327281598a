using System.Text.RegularExpressions;
using Dashboard.IntegrationTests.EndToEnd;
using Dashboard.IntegrationTests.Protection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Dashboard.IntegrationTests.Access;

/// <summary>A first start with no admin configured: the one-time code in the log creates the first admin.</summary>
public sealed class SetupFlowTests : BrowserTest
{
    private static readonly LogCollector s_logs = new();

    public SetupFlowTests()
        : base(builder => builder
            .UseSetting("Security:BootstrapAdminEmail", null)
            .UseSetting("Security:BootstrapAdminPassword", null)
            .ConfigureLogging(logging => logging.AddProvider(s_logs)))
    {
    }

    [Fact]
    public async Task Setup_WrongThenRightCode_CreatesAdminSignsInAndCloses()
    {
        var address = Factory.StartAndGetAddress();
        var page = await Browser.NewPageAsync(new() { BaseURL = address.ToString() });
        await page.GotoAsync("/account/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up the first admin" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/setup$"));

        await FillAsync(page, "000000000000");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The setup code is wrong");
        await Expect(page.Locator("#password")).ToHaveValueAsync("");
        Assert.DoesNotContain("First-Admin-Password-42", await page.ContentAsync(), StringComparison.Ordinal);
        await ScreenshotAsync(page, "setup-wrong-code");
        await FillAsync(page, SetupCodeFromLog());

        await Expect(page).ToHaveURLAsync(address.ToString());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Overview" }).First).ToBeVisibleAsync();
        await page.GotoAsync("/setup");
        await Expect(page.GetByText("Setup is done")).ToBeVisibleAsync();
        var stranger = await Browser.NewPageAsync(new() { BaseURL = address.ToString() });
        await stranger.GotoAsync("/account/login");
        await Expect(stranger.GetByRole(AriaRole.Link, new() { Name = "Set up the first admin" })).ToHaveCountAsync(0);
        await stranger.GotoAsync("/setup");
        await Expect(stranger.Locator("#code")).ToHaveCountAsync(0);
    }

    private static string SetupCodeFromLog()
    {
        var line = s_logs.Messages.Single(message => message.Contains("one-time setup code", StringComparison.Ordinal));

        return Regex.Match(line, "setup code ([0-9A-F]+)").Groups[1].Value;
    }

    private static async Task FillAsync(IPage page, string code)
    {
        await page.Locator("#code").FillAsync(code);
        await page.Locator("#email").FillAsync("first-admin@dashboard.test");
        await page.Locator("#password").FillAsync("First-Admin-Password-42");
        await page.Locator("#confirm").FillAsync("First-Admin-Password-42");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create admin and sign in" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable(KeyPageTests.ScreenshotsVariable) is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"access-{name}.png"), FullPage = true });
        }
    }

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

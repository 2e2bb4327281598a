using System.Text.RegularExpressions;
using Dashboard.IntegrationTests.EndToEnd;
using Dashboard.Web.Features.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dashboard.IntegrationTests.Access;

/// <summary>Signing in and out in Chromium, as a person at the factory would.</summary>
public sealed class SignInFlowTests : BrowserTest
{
    private const string Email = "person@dashboard.test";
    private const string Password = "Person-Password-42";

    [Fact]
    public async Task SignIn_AnonymousOnBatchPage_SignInLandsOnBatchPage()
    {
        var page = await OpenAsync();
        using var capture = new ByteArrayContent(Api.Samples.Read("001"));
        var posted = await Factory.CreateStationClient().PostAsync("/api/v1/reports?serial=S-1&batch=B-SIGN-IN", capture);
        posted.EnsureSuccessStatusCode();

        await page.GotoAsync("/batches/B-SIGN-IN");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Fbatches%2FB-SIGN-IN$"));
        await ScreenshotAsync(page, "sign-in");
        await SignInAsync(page, Password);

        await Expect(page).ToHaveURLAsync(new Regex("/batches/B-SIGN-IN$"));
        await Expect(page.Locator("h1")).ToContainTextAsync("B-SIGN-IN");
    }

    [Fact]
    public async Task SignIn_WrongPasswordFiveTimes_LocksQuietlyAndTellsOnlyTheRightPassword()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/account/login");

        await SignInAsync(page, "Not-The-Password-1");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong email or password.");
        await Expect(page.Locator("#password")).ToHaveValueAsync("");
        Assert.DoesNotContain("Not-The-Password-1", await page.ContentAsync(), StringComparison.Ordinal);
        await ScreenshotAsync(page, "wrong-password");
        for (var attempt = 2; attempt <= 5; attempt++)
        {
            await SignInAsync(page, "Not-The-Password-1");
        }

        // The fifth wrong password locks the account, yet reads like any other: a stranger learns nothing.
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong email or password.");
        await SignInAsync(page, Password);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("this account is locked for 15 more minutes");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await ScreenshotAsync(page, "locked");
    }

    [Fact]
    public async Task SignOut_ReturnsToSignIn_AndThePageAsksAgain()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/batches/B-SIGN-OUT");
        await SignInAsync(page, Password);
        await Expect(page).ToHaveURLAsync(new Regex("/batches/B-SIGN-OUT$"));

        await SignOutAsync(page);

        await Expect(page).ToHaveURLAsync(new Regex("/account/login$"));
        await page.GotoAsync("/batches/B-SIGN-OUT");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl="));
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("/\\evil.example")]
    public async Task SignIn_ReturnUrlToAnotherSite_LandsOnOverview(string returnUrl)
    {
        var page = await OpenAsync();
        await page.GotoAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");

        await SignInAsync(page, Password);

        await Expect(page).ToHaveURLAsync(Factory.StartAndGetAddress().ToString());
    }

    [Fact]
    public async Task SignIn_FormInvalid_DoesNotWriteTheTypedPasswordBack()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/account/login");

        await page.Locator("#password").FillAsync("Typed-But-No-Email-7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Expect(page.GetByText("Enter your email.")).ToBeVisibleAsync();
        Assert.DoesNotContain("Typed-But-No-Email-7", await page.ContentAsync(), StringComparison.Ordinal);
    }

    private async Task<IPage> OpenAsync()
    {
        var address = Factory.StartAndGetAddress();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateAsync(Email, Password, [DashboardRoles.Viewer], CancellationToken.None);
        }

        return await Browser.NewPageAsync(new() { BaseURL = address.ToString() });
    }

    private static async Task SignInAsync(IPage page, string password)
    {
        await page.Locator("#email").FillAsync(Email);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    // What the layout's sign-out button does: a form POST to /account/logout with the antiforgery token,
    // which the sign-in page (static, with a form) hands to whoever is signed in.
    private static async Task SignOutAsync(IPage page)
    {
        await page.GotoAsync("/account/login");
        await page.EvaluateAsync("""
            () => {
                const token = document.querySelector("input[name=__RequestVerificationToken]").value;
                const form = document.createElement("form");
                form.method = "post";
                form.action = "/account/logout";
                form.innerHTML = `<input type="hidden" name="__RequestVerificationToken" value="${token}">`;
                document.body.appendChild(form);
                form.submit();
            }
            """);
        await page.WaitForURLAsync(new Regex("/account/login$"));
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

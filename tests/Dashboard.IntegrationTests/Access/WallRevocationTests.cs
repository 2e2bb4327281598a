using Dashboard.IntegrationTests.Api;
using Dashboard.IntegrationTests.EndToEnd;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dashboard.IntegrationTests.Access;

/// <summary>A wall opened with its token follows live data, and says so once its token is revoked.</summary>
public sealed class WallRevocationTests : BrowserTest
{
    private const int RevalidationSeconds = 2;

    public WallRevocationTests()
        : base(builder => builder.UseSetting("Security:RevalidationSeconds", $"{RevalidationSeconds}"))
    {
    }

    [Fact]
    public async Task Wall_TokenRevokedWhileOpen_ShowsRevokedMessageWithinInterval()
    {
        var address = Factory.StartAndGetAddress();
        await PostAsync("001", "WALL-1");
        var token = await CreateTokenAsync();
        var wall = await Browser.NewPageAsync(new()
        {
            BaseURL = address.ToString(),
            ViewportSize = new() { Width = 1920, Height = 1080 },
        });
        await wall.GotoAsync($"/wall?token={Uri.EscapeDataString(token.Secret)}");
        var activated = wall.Locator(".wall-panel[data-batch='WALL-B1'] .activated-count");
        await Expect(activated).ToHaveTextAsync("1");

        await PostAsync("009", "WALL-2");
        await Expect(activated).ToHaveTextAsync("2");
        await ScreenshotAsync(wall, "wall-live");
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CredentialService>()
                .RevokeAsync(token.Credential.Id, CancellationToken.None);
        }

        await Expect(wall.GetByText(DisplayTokenHandler.Refused))
            .ToBeVisibleAsync(new() { Timeout = (RevalidationSeconds + 8) * 1000 });
        await Expect(activated).ToHaveCountAsync(0);
        // The bare wall layout stays: a screen on the factory floor shows no menus to click.
        await Expect(wall.Locator(".mud-drawer")).ToHaveCountAsync(0);
        await Expect(wall.Locator(".wall-root")).ToHaveCountAsync(1);
        await ScreenshotAsync(wall, "wall-revoked");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Wall_TokenRevoked_ReloadShowsFullScreenMessage(bool tokenInAddress)
    {
        var address = Factory.StartAndGetAddress();
        var token = await CreateTokenAsync();
        var wall = await Browser.NewPageAsync(new()
        {
            BaseURL = address.ToString(),
            ViewportSize = new() { Width = 1920, Height = 1080 },
        });
        await wall.GotoAsync($"/wall?token={Uri.EscapeDataString(token.Secret)}");
        await Expect(wall.Locator(".wall-root")).ToHaveCountAsync(1);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CredentialService>()
                .RevokeAsync(token.Credential.Id, CancellationToken.None);
        }

        var reloaded = tokenInAddress ? await wall.ReloadAsync() : await wall.GotoAsync("/wall");

        Assert.Equal(401, reloaded?.Status);
        await Expect(wall.GetByRole(AriaRole.Heading)).ToHaveTextAsync("This wall link no longer works");
        await Expect(wall.GetByText(DisplayTokenHandler.Refused)).ToBeVisibleAsync();
        var text = await wall.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("\"title\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Secret, await wall.ContentAsync(), StringComparison.Ordinal);
        await ScreenshotAsync(wall, tokenInAddress ? "wall-revoked-reload" : "wall-revoked-cookie");
    }

    private async Task PostAsync(string sample, string serial)
    {
        using var capture = new ByteArrayContent(Samples.Read(sample));
        var posted = await Factory.CreateStationClient()
            .PostAsync($"/api/v1/reports?serial={serial}&batch=WALL-B1", capture);
        posted.EnsureSuccessStatusCode();
    }

    private async Task<CreatedCredential> CreateTokenAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<CredentialService>()
            .CreateAsync(CredentialKind.Display, "Hall B wall", CredentialScopes.None, CancellationToken.None);
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable(KeyPageTests.ScreenshotsVariable) is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"access-{name}.png") });
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

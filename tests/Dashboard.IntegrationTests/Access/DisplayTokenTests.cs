using System.Net;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Access;

/// <summary>A display token opens <c>/wall</c> and nothing else, and stops working once revoked.</summary>
public sealed class DisplayTokenTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private static readonly HashSet<string> s_open = ["/account/login", "/setup", "/not-found", "/Error", "/wall"];

    [Fact]
    public async Task Wall_ValidToken_Answers200AndSetsDisplayCookie()
    {
        var wall = Browser();

        var response = await wall.GetAsync($"/wall?token={TestAccess.DisplayToken}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"),
            cookie => cookie.StartsWith(".Dashboard.Display=", StringComparison.Ordinal) && cookie.Contains("httponly"));
    }

    [Theory]
    [InlineData("rotate=abc")]
    [InlineData("stale=1e99")]
    [InlineData("panels=99999999999")]
    [InlineData("rotate=&stale=-&panels=%00")]
    public async Task Wall_SettingThatIsNotAWholeNumber_IsIgnoredAndTheWallShows(string settings)
    {
        var wall = Browser();

        var response = await wall.GetAsync($"/wall?token={TestAccess.DisplayToken}&{settings}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("wall-", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wall_DisplayCookie_OpensWallWithoutToken()
    {
        var wall = await OpenWallAsync(TestAccess.DisplayToken);

        var response = await wall.GetAsync("/wall");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/batches/x")]
    [InlineData("GET", "/api/v1/batches")]
    [InlineData("POST", "/hubs/activation/negotiate?negotiateVersion=1")]
    [InlineData("GET", "/batches/x/devices.csv")]
    [InlineData("GET", "/batches/x/evidence.csv")]
    [InlineData("GET", "/api/v1/phone-activations.csv")]
    [InlineData("GET", "/openapi/v1.json")]
    public async Task DisplayCookie_AnythingButWall_Refused(string method, string path)
    {
        var wall = await OpenWallAsync(TestAccess.DisplayToken);

        var response = await wall.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.True(IsRefusal(response), $"{method} {path}: {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task DisplayCookie_EveryPageButWall_Refused()
    {
        var wall = await OpenWallAsync(TestAccess.DisplayToken);
        var pages = EndpointCatalog.Read(fixture.Services).Where(e => e.IsPage && !s_open.Contains(e.Pattern)).ToList();

        var admitted = new List<string>();
        foreach (var page in pages)
        {
            var response = await wall.GetAsync(page.Url);
            if (!IsRefusal(response))
            {
                admitted.Add($"{page.Url}: {(int)response.StatusCode}");
            }
        }

        Assert.Contains(pages, page => page.Pattern == "/");
        Assert.True(admitted.Count == 0, "Opened with a display cookie: " + string.Join("; ", admitted));
    }

    [Fact]
    public async Task DisplayCookie_AdminArea_NotServed()
    {
        var wall = await OpenWallAsync(TestAccess.DisplayToken);

        var response = await wall.GetAsync("/admin/users");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Wall_InvalidToken_Answers401WithMessage()
    {
        var response = await Browser().GetAsync("/wall?token=not-a-token-anyone-was-given-0000");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(DisplayTokenHandler.Refused, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie")
            && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".Dashboard.Display=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task DisplayCookie_TokenRevoked_RefusedOnNextRequest()
    {
        var created = await CreateTokenAsync("revoked-wall");
        var wall = await OpenWallAsync(created.Secret);
        Assert.Equal(HttpStatusCode.OK, (await wall.GetAsync("/wall")).StatusCode);

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CredentialService>()
                .RevokeAsync(created.Credential.Id, CancellationToken.None);
        }

        var response = await wall.GetAsync("/wall");
        var again = await wall.GetAsync($"/wall?token={created.Secret}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(DisplayTokenHandler.Refused, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task StationKey_AsDisplayToken_Refused()
    {
        var response = await Browser().GetAsync($"/wall?token={TestAccess.StationKey}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<CreatedCredential> CreateTokenAsync(string name)
    {
        await using var scope = fixture.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<CredentialService>()
            .CreateAsync(CredentialKind.Display, name, CredentialScopes.None, CancellationToken.None);
    }

    private async Task<HttpClient> OpenWallAsync(string token)
    {
        var wall = Browser();
        var opened = await wall.GetAsync($"/wall?token={Uri.EscapeDataString(token)}");
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);

        return wall;
    }

    // Like a wall's browser: keeps its cookies, signs in as no person, shows redirects rather than following them.
    private HttpClient Browser() =>
        fixture.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true })
            .AsAnonymous();

    private static bool IsRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.ToString().Contains("/account/login", StringComparison.Ordinal) == true);
}

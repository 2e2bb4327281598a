using System.Net;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.IntegrationTests.Access;

/// <summary>
/// A refused request is answered with its 401 or 403 in a form the caller reads, whatever it accepts:
/// problem details for programs, a page for browsers, plain text otherwise; never a 500, never a failure
/// in the log.
/// </summary>
public sealed class RefusalAnswerTests(LoggedDashboardFactory host) : IClassFixture<LoggedDashboardFactory>
{
    private const string BrowserAccept =
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private const string WallOnly = "opens the wall display and nothing else";

    private const string MadeUpKey = "dsk_made-up-key-that-nobody-was-ever-given-9f3";

    public static TheoryData<string, string> Refusals()
    {
        var data = new TheoryData<string, string>();
        foreach (var caller in s_callers.Keys)
        {
            foreach (var accept in new[] { "text/plain", "text/html", "application/xml" })
            {
                data.Add(caller, accept);
            }
        }

        return data;
    }

    // Who calls what, and the refusal that caller gets.
    private static readonly Dictionary<string, (string Method, string Path, HttpStatusCode Status, string Says)>
        s_callers = new()
        {
            ["anonymous"] = ("GET", "/api/v1/batches", HttpStatusCode.Unauthorized, AccessProblems.SignInRequired),
            ["made-up key"] = ("GET", "/api/v1/batches", HttpStatusCode.Unauthorized, "is not valid or was revoked"),
            ["ingest-only key"] = ("GET", "/api/v1/batches", HttpStatusCode.Forbidden, "scopes do not allow"),
            ["viewer"] = ("GET", "/api/v1/audit", HttpStatusCode.Forbidden, "Your roles do not allow"),
            ["anonymous hub"] = ("POST", "/hubs/activation/negotiate?negotiateVersion=1", HttpStatusCode.Unauthorized,
                AccessProblems.SignInRequired),
            ["revoked token"] =
                ("GET", "/wall?token={token}", HttpStatusCode.Unauthorized, DisplayTokenHandler.Refused),
            ["revoked cookie"] = ("GET", "/wall", HttpStatusCode.Unauthorized, DisplayTokenHandler.Refused),
            ["display on keys"] = ("GET", "/keys", HttpStatusCode.Forbidden, WallOnly),
            ["display on API"] = ("GET", "/api/v1/batches", HttpStatusCode.Forbidden, WallOnly),
        };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Refusal_AcceptNotJson_AnsweredInAFormTheCallerReads(string caller, string accept)
    {
        var (client, secret) = await CallerAsync(caller);
        var (method, path, status, says) = s_callers[caller];

        using var response = await SendAsync(client, method, path.Replace("{token}", secret), accept);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        var html = accept == "text/html";
        Assert.Equal(html ? "text/html" : "text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(says, html ? WebUtility.HtmlDecode(body) : body, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        AssertNoFailureLogged();
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/problem+json")]
    [InlineData("*/*")]
    [InlineData(null)]
    public async Task Refusal_JsonOrAnything_AnsweredWithProblemDetails(string? accept)
    {
        var client = host.CreateAnonymousClient();

        using var response = await SendAsync(client, "GET", "/api/v1/batches", accept);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":401", body, StringComparison.Ordinal);
        Assert.Contains(AccessProblems.SignInRequired, body, StringComparison.Ordinal);
        AssertNoFailureLogged();
    }

    [Fact]
    public async Task Refusal_BrowserOnRevokedWall_GetsAFullPageSayingWhatToDo()
    {
        var (wall, secret) = await CallerAsync("revoked cookie");

        using var response = await SendAsync(wall, "GET", "/wall", BrowserAccept);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("<body class=\"wall\">", page, StringComparison.Ordinal);
        Assert.Contains("Ask an admin for a new link.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\"title\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusal_BrowserOnApi_GetsPageWithWayToSignIn()
    {
        using var response = await SendAsync(host.CreateAnonymousClient(), "GET", "/api/v1/batches", BrowserAccept);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Not signed in</h1>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/login\"", page, StringComparison.Ordinal);
    }

    private void AssertNoFailureLogged()
    {
        var failures = host.Logs.Entries.Where(entry => entry.Level >= LogLevel.Error).Select(entry => entry.Message);

        Assert.True(!failures.Any(), string.Join(Environment.NewLine, failures));
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, string method, string path, string? accept)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await client.SendAsync(request);
    }

    // Each caller as its own client; the secret is what must never come back in an answer.
    private async Task<(HttpClient Client, string Secret)> CallerAsync(string caller)
    {
        switch (caller)
        {
            case "anonymous" or "anonymous hub":
                return (host.CreateAnonymousClient(), TestAccess.StationKey);
            case "made-up key":
                return (host.CreateStationClient(MadeUpKey), MadeUpKey);
            case "ingest-only key":
                var key = await host.CreateStationKeyAsync($"ingest-{Guid.NewGuid():N}", CredentialScopes.Ingest);
                return (host.CreateStationClient(key), key);
            case "viewer":
                return (await host.CreateClientForRolesAsync(DashboardRoles.Viewer), TestAccess.AdminPassword);
            case "display on keys" or "display on API":
                return (await OpenWallAsync(TestAccess.DisplayToken), TestAccess.DisplayToken);
            default:
                var token = await CreateRevokedTokenAsync();
                return (caller == "revoked token" ? Browser() : token.Wall, token.Secret);
        }
    }

    private async Task<(HttpClient Wall, string Secret)> CreateRevokedTokenAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var credentials = scope.ServiceProvider.GetRequiredService<CredentialService>();
        var created = await credentials.CreateAsync(
            CredentialKind.Display, $"wall-{Guid.NewGuid():N}", CredentialScopes.None, CancellationToken.None);
        var wall = await OpenWallAsync(created.Secret);
        await credentials.RevokeAsync(created.Credential.Id, CancellationToken.None);

        return (wall, created.Secret);
    }

    private async Task<HttpClient> OpenWallAsync(string token)
    {
        var wall = Browser();
        using var opened = await wall.GetAsync($"/wall?token={Uri.EscapeDataString(token)}");
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);

        return wall;
    }

    // Keeps its cookies like a wall's browser, and shows redirects rather than following them.
    private HttpClient Browser() =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true })
            .AsAnonymous();
}

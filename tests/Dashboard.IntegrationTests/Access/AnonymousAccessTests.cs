using System.Net;
using Dashboard.IntegrationTests.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.IntegrationTests.Access;

/// <summary>
/// Nobody gets in without signing in, on any endpoint the host maps, except the few that must open
/// before anyone can sign in. The lists below are the whole exception: an endpoint added without a
/// policy fails these tests until it states one.
/// </summary>
public sealed class AnonymousAccessTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    // Open to everyone: signing in, first-time setup, the load balancer's probe, and the error pages.
    private static readonly HashSet<string> s_open = ["/account/login", "/setup", "/health", "/not-found", "/Error"];

    // The framework's endpoints that carry no authorization metadata of their own: the fallback policy
    // (a signed-in caller) covers them. Blazor's circuit, the redirect helper of enhanced navigation, and
    // the static-asset fallback that serves wwwroot files changed after the build when run from build output.
    private static readonly HashSet<string> s_fallbackCovered =
    [
        "/_blazor", "/_blazor/negotiate", "/_blazor/disconnect/", "/_blazor/initializers/",
        "/_framework/opaque-redirect", "{**path:file}",
    ];

    [Fact]
    public void Endpoints_Every_StatesPolicyOrAnonymousOrIsListedFrameworkEndpoint()
    {
        var endpoints = EndpointCatalog.Read(fixture.Services);

        var unmarked = endpoints.Where(e => !e.StatesAccess && !s_fallbackCovered.Contains(e.Pattern)).ToList();
        var anonymous = endpoints.Where(e => e.AllowsAnonymous
            && !e.IsStaticAsset && !s_open.Contains(e.Pattern)).ToList();

        Assert.True(endpoints.Count > 40, $"Only {endpoints.Count} endpoints found; is the host running?");
        Assert.True(unmarked.Count == 0, "Endpoints without a policy: " + string.Join("; ", unmarked));
        Assert.True(anonymous.Count == 0, "Endpoints open to anonymous callers: " + string.Join("; ", anonymous));
    }

    [Fact]
    public void Endpoints_FallbackList_NamesOnlyEndpointsThatExist()
    {
        var patterns = EndpointCatalog.Read(fixture.Services).Select(e => e.Pattern).ToHashSet();

        var missing = s_open.Concat(s_fallbackCovered).Where(pattern => !patterns.Contains(pattern)).ToList();

        Assert.True(missing.Count == 0, "Listed but not mapped: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Endpoints_AnonymousCaller_RefusedEverywhereButOpenOnes()
    {
        var client = Anonymous();
        var failures = new List<string>();

        foreach (var endpoint in EndpointCatalog.Read(fixture.Services).Where(e => !IsOpen(e)))
        {
            foreach (var method in endpoint.Methods)
            {
                using var response = await client.SendAsync(Request(method, endpoint.Url));
                if (Refusal(endpoint, response) is { } failure)
                {
                    failures.Add($"{method} {endpoint.Url}: {failure}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Endpoints_AnonymousCaller_ReachesOpenOnes()
    {
        var client = Anonymous();
        var open = EndpointCatalog.Read(fixture.Services).Where(IsOpen)
            .Where(e => !e.IsStaticAsset || !e.Pattern.EndsWith(".gz", StringComparison.Ordinal)).ToList();

        var answers = new List<string>();
        foreach (var endpoint in open)
        {
            using var response = await client.GetAsync(endpoint.Url);
            if (!response.IsSuccessStatusCode)
            {
                answers.Add($"GET {endpoint.Url}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.Contains(open, e => e.IsStaticAsset);
        Assert.True(answers.Count == 0, string.Join(Environment.NewLine, answers));
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/api/v1/no-such-endpoint")]
    public async Task UnknownPath_AnonymousCaller_RefusedRatherThanNotFound(string path)
    {
        var response = await Anonymous().GetAsync(path);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Redirect });
    }

    // Redirects are what is being tested, so they are not followed.
    private HttpClient Anonymous() =>
        fixture.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).AsAnonymous();

    private static bool IsOpen(ProbedEndpoint endpoint) => endpoint.IsStaticAsset || s_open.Contains(endpoint.Pattern);

    private static HttpRequestMessage Request(string method, string url) => new(new HttpMethod(method), url)
    {
        Content = method is "GET" or "DELETE" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
    };

    // Machines are told 401; people's pages and exports send the browser to sign in.
    private static string? Refusal(ProbedEndpoint endpoint, HttpResponseMessage response)
    {
        if (endpoint.IsMachinePath)
        {
            return response.StatusCode == HttpStatusCode.Unauthorized ? null : $"{(int)response.StatusCode}, not 401";
        }

        var location = response.Headers.Location;
        var toSignIn = response.StatusCode == HttpStatusCode.Redirect && location is not null
            && new Uri(new Uri("http://localhost"), location).AbsolutePath == "/account/login";

        return toSignIn ? null : $"{(int)response.StatusCode} to {location}, not a redirect to /account/login";
    }
}

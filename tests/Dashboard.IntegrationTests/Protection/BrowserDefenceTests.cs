using System.Net;
using Dashboard.IntegrationTests.Api;
using Microsoft.AspNetCore.Hosting;

namespace Dashboard.IntegrationTests.Protection;

/// <summary>Security headers on pages, and the Origin check on the live connection's handshake.</summary>
public sealed class BrowserDefenceTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    [Fact]
    public async Task Page_Answer_CarriesSecurityHeadersAndRefusesFraming()
    {
        var response = await fixture.CreateClient().GetAsync("/upload");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task WallPath_Answer_MayBeFramed()
    {
        var response = await fixture.CreateClient().GetAsync("/wall");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.EndsWith("frame-ancestors *", policy);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Theory]
    [InlineData("/_blazor/negotiate?negotiateVersion=1")]
    [InlineData("/hubs/activation/negotiate?negotiateVersion=1")]
    public async Task LiveConnection_ForeignOrigin_Returns403(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Add("Origin", "https://evil.example");

        var response = await fixture.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("http://localhost")]
    [InlineData("https://wall.factory.example")]
    public async Task LiveConnection_OwnOrConfiguredOrigin_IsNegotiated(string origin)
    {
        using var configured = fixture.WithWebHostBuilder(builder =>
            builder.UseSetting("Security:AllowedOrigins:0", "https://wall.factory.example/"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);

        var response = await configured.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

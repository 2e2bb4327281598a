using System.Net;
using System.Text;
using Dashboard.IntegrationTests.EndToEnd;

namespace Dashboard.IntegrationTests.Protection;

/// <summary>Limits only Kestrel enforces (the in-memory test server does not), so on a real port.</summary>
public sealed class ServerLimitTests : IAsyncLifetime
{
    private readonly KestrelDashboardFactory _factory = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = new HttpClient { BaseAddress = _factory.StartAndGetAddress() };
        _client.DefaultRequestHeaders.Add("Cookie", _factory.AdminCookie);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task PatchBatch_BodyOverJsonLimit_Returns413Problem()
    {
        var json = "{\"notes\":\"" + new string('x', 100 * 1024) + "\"}";
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await _client.PatchAsync("/api/v1/batches/limits", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("too large", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostReport_EndlessChunkedBody_Returns413Problem()
    {
        using var content = new StreamContent(new MemoryStream(new byte[400 * 1024]));
        content.Headers.ContentLength = null;

        var response = await _client.PostAsync("/api/v1/reports?serial=endless&batch=limits", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":413", problem);
        Assert.Contains("at most 256 KB", problem, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }
}

using System.Net;
using System.Text.Json;

namespace Dashboard.IntegrationTests.Api;

public sealed class ServiceEndpointsTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    [Fact]
    public async Task OpenApi_Document_ListsEveryRoute()
    {
        var document = await fixture.GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/v1/reports").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/v1/batches").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/batches/{batch}").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/batches/{batch}").TryGetProperty("patch", out _));
        Assert.True(paths.GetProperty("/api/v1/batches/{batch}").TryGetProperty("put", out _));
        Assert.True(paths.GetProperty("/api/v1/batches/{batch}/devices").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/devices/{serial}").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task Health_DatabaseReachable_ReportsHealthy()
    {
        var response = await fixture.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownApiPath_Returns404Problem()
    {
        var response = await fixture.CreateClient().GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("PATCH", "/api/v1/batches/B-415")]
    [InlineData("PUT", "/api/v1/batches/B-415")]
    [InlineData("POST", "/api/v1/keys/1/checkpoints")]
    public async Task JsonEndpoint_BodySentAsPlainText_Returns415SayingToSendJson(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent("""{"plannedQuantity": 5}""", System.Text.Encoding.UTF8, "text/plain"),
        };

        var response = await fixture.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("Content-Type: application/json", problem.GetProperty("detail").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiPath_WithAPlainTextBody_StillReturns404()
    {
        var response = await fixture.CreateClient().PostAsync(
            "/api/v1/nothing-here", new StringContent("hello", System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

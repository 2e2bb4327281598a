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
}

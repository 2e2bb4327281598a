using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.IntegrationTests.Api;

namespace Dashboard.IntegrationTests.Protection;

/// <summary>Bodies that are too large or not captures at all: refused or stored as unreadable, never a 5xx.</summary>
public sealed class BadInputTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    [Fact]
    public async Task PostReport_ChunkedBodyWithoutLength_Returns413Problem()
    {
        using var content = new StreamContent(new MemoryStream(new byte[300 * 1024]));
        content.Headers.ContentLength = null;

        var response = await fixture.CreateClient().PostAsync(ReportPath("chunked"), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("256 KB", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PostReport_TenMegabyteLine_Returns413()
    {
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes(new string('A', 10_000_000)));

        var response = await fixture.CreateClient().PostAsync(ReportPath("long-line"), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PostReport_EmptyBody_Returns400NamingContent()
    {
        using var content = new ByteArrayContent([]);

        var response = await fixture.CreateClient().PostAsync(ReportPath("empty"), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("content", out _));
    }

    [Fact]
    public async Task PostReport_BinaryData_IsRefusedAsNotText()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray();
        using var content = new ByteArrayContent(bytes);

        var response = await fixture.CreateClient().PostAsync(ReportPath("binary"), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("not text", problem.GetProperty("errors").GetProperty("content")[0].GetString());
    }

    [Fact]
    public async Task PostReport_HtmlPage_StoredAsUnknownWithReason()
    {
        var bytes = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><h1>Login</h1></body></html>");
        using var content = new ByteArrayContent(bytes);

        var response = await fixture.CreateClient().PostAsync(ReportPath("html"), content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unknown", report.GetProperty("state").GetString());
        Assert.Contains("Nothing about activation could be read", report.GetProperty("reason").GetString());
    }

    private static string ReportPath(string serial) =>
        $"/api/v1/reports?serial={DashboardApiFixture.UniqueName(serial)}&batch=bad-input";
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dashboard.IntegrationTests.Api;

public sealed class DevicesApiTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    [Fact]
    public async Task GetDevice_AfterReport_ShowsStateFieldsAndRedactedText()
    {
        var serial = DashboardApiFixture.UniqueName("dev");
        await fixture.PostSampleAsync("002", serial, "line-2");

        var device = await fixture.GetJsonAsync($"/api/v1/devices/{serial}");

        Assert.Equal("RetryOnline", device.GetProperty("state").GetString());
        Assert.Contains("0xC004F034", device.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(device.GetProperty("action").GetString()));
        Assert.Equal("Professional", device.GetProperty("edition").GetString());
        Assert.Equal("RETAIL", device.GetProperty("channel").GetString());
        Assert.Equal("RCDNK", device.GetProperty("partialProductKey").GetString());
        Assert.Equal("Notification", device.GetProperty("licenseStatus").GetString());
        var report = device.GetProperty("reports")[0];
        Assert.Contains("Notification Reason", report.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("0xC004F034", report.GetProperty("product").GetProperty("notificationReason").GetString());
    }

    [Fact]
    public async Task GetDevice_Unknown_Returns404Problem()
    {
        var response = await fixture.CreateClient().GetAsync("/api/v1/devices/no-such-device");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListBatchDevices_PagesBySerialAndFiltersByState()
    {
        var batch = DashboardApiFixture.UniqueName("b");
        await fixture.PostSampleAsync("001", "a-" + batch, batch);
        await fixture.PostSampleAsync("018", "b-" + batch, batch);
        await fixture.PostSampleAsync("009", "c-" + batch, batch);

        var first = await fixture.GetJsonAsync($"/api/v1/batches/{batch}/devices?limit=2");
        var next = first.GetProperty("next").GetString();
        var second = await fixture.GetJsonAsync($"/api/v1/batches/{batch}/devices?limit=2&after={next}");
        var activated = await fixture.GetJsonAsync($"/api/v1/batches/{batch}/devices?state=Activated");

        Assert.Equal(["a-" + batch, "b-" + batch], Serials(first));
        Assert.Equal(["c-" + batch], Serials(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        Assert.Equal(["a-" + batch, "c-" + batch], Serials(activated));
    }

    [Fact]
    public async Task ListBatchDevices_UnknownState_Returns400()
    {
        var batch = DashboardApiFixture.UniqueName("b");
        await fixture.PostSampleAsync("001", "s-" + batch, batch);

        var response = await fixture.CreateClient().GetAsync($"/api/v1/batches/{batch}/devices?state=Happy");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("state", out _));
    }

    private static List<string?> Serials(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("serial").GetString())];
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dashboard.IntegrationTests.Api;

public sealed class ReportsApiTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    [Fact]
    public async Task PostReport_NewCapture_Returns201WithParsedReport()
    {
        var serial = DashboardApiFixture.UniqueName("dev");

        var response = await fixture.PostSampleAsync("001", serial, "line-1");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/devices/{serial}", response.Headers.Location?.OriginalString);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(report.GetProperty("id").GetInt64() > 0);
        Assert.Equal(serial, report.GetProperty("device").GetString());
        Assert.Equal("line-1", report.GetProperty("batch").GetString());
        Assert.Equal("Activated", report.GetProperty("state").GetString());
        Assert.False(string.IsNullOrEmpty(report.GetProperty("reason").GetString()));
        Assert.False(string.IsNullOrEmpty(report.GetProperty("action").GetString()));
        Assert.Equal("en", report.GetProperty("language").GetString());
        Assert.Equal("RCDNK", report.GetProperty("product").GetProperty("partialProductKey").GetString());
        Assert.Equal("Licensed", report.GetProperty("product").GetProperty("licenseStatus").GetString());
        Assert.Equal(JsonValueKind.Array, report.GetProperty("products").ValueKind);
        Assert.Equal(JsonValueKind.Array, report.GetProperty("errors").ValueKind);
        Assert.Equal(JsonValueKind.Array, report.GetProperty("warnings").ValueKind);
        Assert.Equal(0, report.GetProperty("redactedKeys").GetInt32());
        Assert.False(report.GetProperty("duplicate").GetBoolean());
    }

    [Fact]
    public async Task PostReport_SameContentTwice_Returns200DuplicateAndStoresOnce()
    {
        var serial = DashboardApiFixture.UniqueName("dev");
        var first = await (await fixture.PostSampleAsync("018", serial, "line-1"))
            .Content.ReadFromJsonAsync<JsonElement>();

        var response = await fixture.PostSampleAsync("018", serial, "line-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var second = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(second.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.GetProperty("id").GetInt64(), second.GetProperty("id").GetInt64());
        var device = await fixture.GetJsonAsync($"/api/v1/devices/{serial}");
        Assert.Equal(1, device.GetProperty("reports").GetArrayLength());
    }

    [Theory]
    [InlineData("serial=bad%20serial&batch=b1", "serial")]
    [InlineData("batch=b1", "serial")]
    [InlineData("serial=s1&batch=b%2F1", "batch")]
    [InlineData("serial=s1&batch=b1&station=st%3F", "station")]
    [InlineData("serial=s1&batch=b1&capturedAt=yesterday", "capturedAt")]
    [InlineData("serial=s1&batch=b1&capturedAt=2999-01-01T00:00:00Z", "capturedAt")]
    [InlineData("serial=..&batch=b1", "serial")]
    [InlineData("serial=s1&batch=.", "batch")]
    [InlineData("serial=x%00&batch=b1", "serial")]
    [InlineData("serial=s1&batch=B%00x", "batch")]
    [InlineData("serial=s1&batch=b1&station=st%00a", "station")]
    public async Task PostReport_BadParameter_Returns400NamingIt(string query, string parameter)
    {
        using var content = new ByteArrayContent(Samples.Read("001"));

        var response = await fixture.CreateClient().PostAsync($"/api/v1/reports?{query}", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task PostReport_SameCaptureWithOtherLineEnds_IsADuplicate()
    {
        var serial = DashboardApiFixture.UniqueName("dev");
        var text = System.Text.Encoding.UTF8.GetString(Samples.Read("002"));
        await fixture.PostSampleAsync("002", serial, "line-1");
        using var content = new ByteArrayContent(
            System.Text.Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n") + "  \r\n"));

        var response = await fixture.CreateClient().PostAsync($"/api/v1/reports?serial={serial}&batch=line-1", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean());
    }

    [Fact]
    public async Task PostReport_NulCharacterInSerial_RefusedNamingItsCodePoint()
    {
        using var content = new ByteArrayContent(Samples.Read("001"));

        var response = await fixture.CreateClient().PostAsync("/api/v1/reports?serial=x%00&batch=b1", content);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("contains U+0000;", problem.GetProperty("errors").GetProperty("serial")[0].GetString());
    }

    [Theory]
    [InlineData("serial=7XKQH-2B9WD-VMH3C-PT8RG-7Q2WT&batch=b1", "serial")]
    [InlineData("serial=s1&batch=b1&station=7XKQH2B9WDVMH3CPT8RG7Q2WT", "station")]
    [InlineData("serial=s1&batch=b1&capturedAt=7XKQH-2B9WD-VMH3C-PT8RG-7Q2WT", "capturedAt")]
    public async Task PostReport_FullKeyInAParameter_IsRefusedWithoutRepeatingIt(string query, string parameter)
    {
        using var content = new ByteArrayContent(Samples.Read("001"));

        var response = await fixture.CreateClient().PostAsync($"/api/v1/reports?{query}", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(parameter, body, StringComparison.Ordinal);
        Assert.DoesNotContain("2B9WD", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostReport_BinaryData_IsRefusedAsNotText()
    {
        var bytes = new byte[4096];
        new Random(11).NextBytes(bytes);
        using var content = new ByteArrayContent(bytes);

        var response = await fixture.CreateClient().PostAsync("/api/v1/reports?serial=bin1&batch=b1", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("content", out _));
    }

    [Fact]
    public async Task PostReport_EmptyBody_Returns400ForContent()
    {
        using var content = new ByteArrayContent([]);

        var response = await fixture.CreateClient().PostAsync("/api/v1/reports?serial=s1&batch=b1", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("content", out _));
    }

    [Fact]
    public async Task PostReport_BodyOver256KB_Returns413Problem()
    {
        using var content = new ByteArrayContent(new byte[256 * 1024 + 1]);

        var response = await fixture.CreateClient().PostAsync("/api/v1/reports?serial=s1&batch=b1", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("016", "44TQ8-PTX4P-HCGVD-MKQYX-BPB3Q")]
    [InlineData("017", "JNQ9P-GCR8X-47Q9Q-G8GW2-BKH6F")]
    public async Task PostReport_CaptureEchoingFullKey_KeyIsNeitherAnsweredNorStored(string sample, string key)
    {
        var serial = DashboardApiFixture.UniqueName("dev");
        Assert.Contains(key, System.Text.Encoding.UTF8.GetString(Samples.Read(sample)), StringComparison.Ordinal);

        var posted = await (await fixture.PostSampleAsync(sample, serial, "line-1")).Content.ReadAsStringAsync();
        var device = await (await fixture.CreateClient().GetAsync($"/api/v1/devices/{serial}")).Content
            .ReadAsStringAsync();

        Assert.DoesNotContain(key, posted, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(key, device, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(key[^5..], device, StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(posted).RootElement.GetProperty("redactedKeys").GetInt32() >= 1);
        Assert.True(DatabaseFiles.Contain(fixture.DataDirectory, serial));
        Assert.False(DatabaseFiles.Contain(fixture.DataDirectory, key));
    }
}

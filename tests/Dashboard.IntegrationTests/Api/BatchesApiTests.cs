using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.IntegrationTests.Access;

namespace Dashboard.IntegrationTests.Api;

public sealed class BatchesApiTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private static readonly DateTimeOffset s_monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetBatch_AfterReports_CountsDevicesByState()
    {
        var batch = DashboardApiFixture.UniqueName("b");
        await fixture.PostSampleAsync("001", "count-1" + batch, batch);
        await fixture.PostSampleAsync("009", "count-2" + batch, batch);
        await fixture.PostSampleAsync("018", "count-3" + batch, batch);
        await fixture.PostSampleAsync("021", "count-3" + batch, batch, s_monday);

        var found = await fixture.GetJsonAsync($"/api/v1/batches/{batch}");

        Assert.Equal(batch, found.GetProperty("batch").GetString());
        Assert.Equal(3, found.GetProperty("devices").GetInt32());
        Assert.Equal(4, found.GetProperty("reports").GetInt32());
        var states = found.GetProperty("states");
        Assert.Equal(9, states.EnumerateObject().Count());
        Assert.Equal(2, states.GetProperty("Activated").GetInt32());
        Assert.Equal(1, states.GetProperty("NotEnabled").GetInt32());
        Assert.Equal(0, states.GetProperty("DeviceFault").GetInt32());
    }

    [Fact]
    public async Task PostReport_OlderCaptureArrivesLast_DeviceKeepsLatestState()
    {
        var batch = DashboardApiFixture.UniqueName("b");
        var serial = "late-" + batch;
        await fixture.PostSampleAsync("001", serial, batch, s_monday.AddDays(2));

        await fixture.PostSampleAsync("018", serial, batch, s_monday);

        var device = await fixture.GetJsonAsync($"/api/v1/devices/{serial}");
        Assert.Equal("Activated", device.GetProperty("state").GetString());
        var reports = device.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(2, reports.Count);
        Assert.Equal("Activated", reports[0].GetProperty("state").GetString());
        Assert.Equal("NotEnabled", reports[1].GetProperty("state").GetString());
        var counts = (await fixture.GetJsonAsync($"/api/v1/batches/{batch}")).GetProperty("states");
        Assert.Equal(1, counts.GetProperty("Activated").GetInt32());
        Assert.Equal(0, counts.GetProperty("NotEnabled").GetInt32());
    }

    [Fact]
    public async Task PostReport_DeviceNamesAnotherBatch_DeviceAndCountsMove()
    {
        var first = DashboardApiFixture.UniqueName("b");
        var second = DashboardApiFixture.UniqueName("b");
        var serial = "moving-" + first;
        await fixture.PostSampleAsync("018", serial, first, s_monday);

        await fixture.PostSampleAsync("001", serial, second, s_monday.AddHours(1));

        var left = await fixture.GetJsonAsync($"/api/v1/batches/{first}");
        var joined = await fixture.GetJsonAsync($"/api/v1/batches/{second}");
        Assert.Equal(0, left.GetProperty("devices").GetInt32());
        Assert.Equal(0, left.GetProperty("states").GetProperty("RetryOnline").GetInt32());
        Assert.Equal(1, joined.GetProperty("devices").GetInt32());
        Assert.Equal(1, joined.GetProperty("states").GetProperty("Activated").GetInt32());
        var device = await fixture.GetJsonAsync($"/api/v1/devices/{serial}");
        Assert.Equal(second, device.GetProperty("batch").GetString());
    }

    [Fact]
    public async Task ListBatches_NewestActivityFirst()
    {
        var older = DashboardApiFixture.UniqueName("b");
        var newer = DashboardApiFixture.UniqueName("b");
        await fixture.PostSampleAsync("001", "list-" + older, older);
        await fixture.PostSampleAsync("001", "list-" + newer, newer);

        var batches = (await fixture.GetJsonAsync("/api/v1/batches")).EnumerateArray()
            .Select(batch => batch.GetProperty("batch").GetString()).ToList();

        Assert.True(batches.IndexOf(newer) < batches.IndexOf(older));
    }

    [Fact]
    public async Task PatchBatch_SetsNameAndPlannedQuantity()
    {
        var batch = DashboardApiFixture.UniqueName("b");
        await fixture.PostSampleAsync("001", "patch-" + batch, batch);

        var response = await fixture.CreateClient().PatchAsJsonAsync(
            $"/api/v1/batches/{batch}", new { name = "March run", plannedQuantity = 500 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var found = await fixture.GetJsonAsync($"/api/v1/batches/{batch}");
        Assert.Equal("March run", found.GetProperty("name").GetString());
        Assert.Equal(500, found.GetProperty("plannedQuantity").GetInt32());
    }

    [Fact]
    public async Task PutBatch_NegativePlannedQuantity_Returns400()
    {
        var batch = DashboardApiFixture.UniqueName("b");
        await fixture.PostSampleAsync("001", "put-" + batch, batch);

        var response = await fixture.CreateClient().PutAsJsonAsync(
            $"/api/v1/batches/{batch}", new { plannedQuantity = -1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("plannedQuantity", out _));
    }

    [Fact]
    public async Task PutBatch_BeforeItsFirstReport_PlansItAndTheFirstReportFillsIt()
    {
        var batch = DashboardApiFixture.UniqueName("plan");
        var client = fixture.CreateClient();

        var planned = await client.PutAsJsonAsync(
            $"/api/v1/batches/{batch}", new { name = "January run", plannedQuantity = 300 });
        var again = await client.PutAsJsonAsync(
            $"/api/v1/batches/{batch}", new { name = "January run", plannedQuantity = 320 });
        var empty = await fixture.GetJsonAsync($"/api/v1/batches/{batch}");
        await fixture.PostSampleAsync("009", "plan-1" + batch, batch);
        var filled = await fixture.GetJsonAsync($"/api/v1/batches/{batch}");

        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        Assert.Equal($"/api/v1/batches/{batch}", planned.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(0, empty.GetProperty("devices").GetInt32());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("lastReportAt").ValueKind);
        Assert.Equal(320, filled.GetProperty("plannedQuantity").GetInt32());
        Assert.Equal(1, filled.GetProperty("devices").GetInt32());
        Assert.Equal(1, filled.GetProperty("states").GetProperty("Activated").GetInt32());
        Assert.Equal(JsonValueKind.String, filled.GetProperty("lastReportAt").ValueKind);
        var entries = await fixture.AuditAsync(batch);
        Assert.Equal(["batch.created", "batch.updated"], entries.Select(entry => entry.Action));
        Assert.Contains("plannedQuantity: (none) -> 300", entries[0].Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("has space", "contains ' '")]
    [InlineData("-dash-first", "must start with a letter or a digit")]
    [InlineData("44TQ8-PTX4P-HCGVD-MKQYX-BPB3Q", "product key")]
    public async Task PutBatch_NewBatchWithBadIdentifier_Returns400NamingIt(string batch, string problem)
    {
        var response = await fixture.CreateClient().PutAsJsonAsync(
            $"/api/v1/batches/{Uri.EscapeDataString(batch)}", new { plannedQuantity = 10 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(problem, errors.GetProperty("batch")[0].GetString(), StringComparison.Ordinal);
        var unknown = await fixture.CreateClient().GetAsync($"/api/v1/batches/{Uri.EscapeDataString(batch)}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task PatchBatch_BeforeItsFirstReport_Returns404SayingPutPlansIt()
    {
        var batch = DashboardApiFixture.UniqueName("nopatch");

        var response = await fixture.CreateClient().PatchAsJsonAsync(
            $"/api/v1/batches/{batch}", new { plannedQuantity = 10 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("PUT plans a batch", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"plannedQuantity": 99999999999}""", "plannedQuantity")]
    [InlineData("""{"plannedQuantity": "abc"}""", "plannedQuantity")]
    [InlineData("""{"expectedKeyId": 1.5}""", "expectedKeyId")]
    [InlineData("""{"name": 42}""", "name")]
    public async Task PatchBatch_ValueOfTheWrongKind_Returns400NamingTheField(string body, string field)
    {
        var batch = DashboardApiFixture.UniqueName("b");
        await fixture.PostSampleAsync("001", "kind-" + batch, batch);

        var response = await fixture.CreateClient().PatchAsync(
            $"/api/v1/batches/{batch}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
    }

    [Theory]
    [InlineData("""{"name": "a\u0000b"}""", "name", "U+0000")]
    [InlineData("""{"notes": "line one\nline two\u0007"}""", "notes", "U+0007")]
    public async Task PatchBatch_ControlCharacterInText_Returns400NamingIt(string body, string field, string shown)
    {
        var batch = DashboardApiFixture.UniqueName("b");
        await fixture.PostSampleAsync("001", "ctl-" + batch, batch);

        var response = await fixture.CreateClient().PatchAsync(
            $"/api/v1/batches/{batch}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(shown, errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatchBatch_NotesWithLineBreaksAndTabs_AreKept()
    {
        var batch = DashboardApiFixture.UniqueName("b");
        await fixture.PostSampleAsync("001", "lines-" + batch, batch);

        var response = await fixture.CreateClient().PatchAsJsonAsync(
            $"/api/v1/batches/{batch}", new { notes = "first\r\n\tsecond" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var found = await fixture.GetJsonAsync($"/api/v1/batches/{batch}");
        Assert.Equal("first\r\n\tsecond", found.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task GetBatch_Unknown_Returns404Problem()
    {
        var response = await fixture.CreateClient().GetAsync("/api/v1/batches/no-such-batch");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.IntegrationTests.Access;
using Dashboard.IntegrationTests.Api;

namespace Dashboard.IntegrationTests.QualityChecks;

public sealed class QualityChecksApiTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private static readonly string[] s_allChecks = ["state", "partialKey", "edition", "keyCleared", "freshDli"];
    private static readonly HashSet<string> s_contract = ["id", "sampleSize", "accept", "reject", "seed", "devices"];
    private static readonly DateTimeOffset s_monday = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SpotCheck_Create_AnswersPlanAndReproducibleDevices()
    {
        var batch = DashboardApiFixture.UniqueName("qa");
        await PostDevicesAsync(batch, "001", 20);
        var client = fixture.CreateClient();

        var first = await client.PostAsJsonAsync($"/api/v1/batches/{batch}/spot-checks", new { seed = 42 });
        var again = await client.PostAsync($"/api/v1/batches/{batch}/spot-checks?seed=42", null);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        var names = body.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Subset(names.ToHashSet(), s_contract);
        // 20 devices: code letter C at level II; AQL 1.0 points down to E, 13 devices, Ac 0, Re 1.
        int Number(string name) => body.GetProperty(name).GetInt32();
        Assert.Equal((13, 0, 1, 42), (Number("sampleSize"), Number("accept"), Number("reject"), Number("seed")));
        var devices = Serials(body);
        Assert.Equal(13, devices.Count);
        Assert.Equal(devices, Serials(await again.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Contains(devices, d => d.Contains("-st1-", StringComparison.Ordinal));
        Assert.Contains(devices, d => d.Contains("-st2-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SpotCheck_SizeAboveTheBatch_InspectsAllWithoutLooserNumbers()
    {
        var batch = DashboardApiFixture.UniqueName("qa");
        await PostDevicesAsync(batch, "001", 20);

        var response = await fixture.CreateClient().PostAsync($"/api/v1/batches/{batch}/spot-checks?size=3000", null);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(20, body.GetProperty("sampleSize").GetInt32());
        Assert.True(body.GetProperty("accept").GetInt32() <= 1, body.ToString());
    }

    [Fact]
    public async Task SpotCheck_BadAql_RefusedWithField()
    {
        var batch = DashboardApiFixture.UniqueName("qa");
        await PostDevicesAsync(batch, "001", 3);

        var response = await fixture.CreateClient()
            .PostAsJsonAsync($"/api/v1/batches/{batch}/spot-checks", new { aql = 0.3 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("aql", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task SpotCheck_BodyUnderAnotherContentType_Returns415AndDrawsNothing(string contentType)
    {
        var batch = DashboardApiFixture.UniqueName("qa");
        await PostDevicesAsync(batch, "001", 3);
        var client = fixture.CreateClient();

        var response = await client.PostAsync($"/api/v1/batches/{batch}/spot-checks",
            new StringContent("""{"size":2,"aql":2.5}""", System.Text.Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var latest = await client.GetAsync($"/api/v1/batches/{batch}/spot-checks/latest");
        Assert.Equal(HttpStatusCode.NotFound, latest.StatusCode);
    }

    [Fact]
    public async Task SpotCheck_ValueOfTheWrongKind_Returns400NamingItWithoutTypeNames()
    {
        var batch = DashboardApiFixture.UniqueName("qa");
        await PostDevicesAsync(batch, "001", 3);
        var client = fixture.CreateClient();
        var drawn = await client.PostAsJsonAsync($"/api/v1/batches/{batch}/spot-checks", new { seed = 7 });
        var check = await drawn.Content.ReadFromJsonAsync<JsonElement>();
        var serial = Serials(check)[0];

        var draw = await client.PostAsJsonAsync($"/api/v1/batches/{batch}/spot-checks", new { size = "x" });
        var record = await client.PutAsJsonAsync(
            $"/api/v1/spot-checks/{check.GetProperty("id").GetInt64()}/devices/{serial}", new { result = 5 });

        foreach (var (response, field) in new[] { (draw, "size"), (record, "result") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out _), text);
            Assert.DoesNotContain("Dashboard.Web", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Readiness_LastDevicesActivateAndSamplePasses_MovesFromNotReadyToReady()
    {
        var batch = DashboardApiFixture.UniqueName("qa");
        var serials = await PostDevicesAsync(batch, "001", 4);
        var late = await PostDevicesAsync(batch, "018", 2, "late");
        var client = fixture.CreateClient();
        await client.PatchAsJsonAsync($"/api/v1/batches/{batch}", new { plannedQuantity = 6 });

        var check = await (await client.PostAsJsonAsync($"/api/v1/batches/{batch}/spot-checks", new { seed = 7 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var before = await fixture.GetJsonAsync($"/api/v1/batches/{batch}/readiness");
        foreach (var serial in Serials(check))
        {
            var recorded = await client.PutAsJsonAsync(
                $"/api/v1/spot-checks/{check.GetProperty("id")}/devices/{serial}",
                new { result = "pass", ticks = s_allChecks, by = "Quinn", note = "label fine" });
            Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        }

        var sampled = await fixture.GetJsonAsync($"/api/v1/batches/{batch}/readiness");
        foreach (var serial in late)
        {
            await PostAsync(serial, batch, "st1", "001", s_monday.AddHours(2));
        }

        var after = await fixture.GetJsonAsync($"/api/v1/batches/{batch}/readiness");

        Assert.Equal(6, serials.Count + late.Count);
        Assert.Equal("notReady", before.GetProperty("verdict").GetString());
        Assert.Contains(Reasons(before), r => r.Contains("still to check", StringComparison.Ordinal));
        Assert.Equal("notReady", sampled.GetProperty("verdict").GetString());
        Assert.Equal(["2 devices neither activated nor awaiting activation."], Reasons(sampled));
        Assert.Equal("ready", after.GetProperty("verdict").GetString());
        Assert.Empty(Reasons(after));
        Assert.Equal(6, after.GetProperty("activated").GetInt32());
    }

    [Fact]
    public async Task Record_FailedCheckOnActivatedDevice_ListsDiscrepancyAndRejects()
    {
        var batch = DashboardApiFixture.UniqueName("qa");
        await PostDevicesAsync(batch, "001", 3);
        var client = fixture.CreateClient();
        var check = await (await client.PostAsync($"/api/v1/batches/{batch}/spot-checks", null))
            .Content.ReadFromJsonAsync<JsonElement>();
        var serial = Serials(check)[0];

        await client.PutAsJsonAsync($"/api/v1/spot-checks/{check.GetProperty("id")}/devices/{serial}",
            new { result = "fail", ticks = new[] { "state", "edition" }, by = "Quinn", note = "other key" });
        var readiness = await fixture.GetJsonAsync($"/api/v1/batches/{batch}/readiness");

        var discrepancy = Assert.Single(readiness.GetProperty("discrepancies").EnumerateArray());
        Assert.Equal(serial, discrepancy.GetProperty("serial").GetString());
        Assert.Contains("Partial key matches", discrepancy.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Rejected", readiness.GetProperty("spotCheck").GetProperty("status").GetString());
        Assert.Contains(Reasons(readiness), r => r.StartsWith("Spot check rejected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Record_FreshCaptureDisagrees_StoredAsReportAndListedAsDiscrepancy()
    {
        var batch = DashboardApiFixture.UniqueName("qa");
        var serial = (await PostDevicesAsync(batch, "001", 1))[0];
        var client = fixture.CreateClient();
        var check = await (await client.PostAsync($"/api/v1/batches/{batch}/spot-checks", null))
            .Content.ReadFromJsonAsync<JsonElement>();
        var fresh = System.Text.Encoding.UTF8.GetString(Samples.Read("018"));

        var response = await client.PutAsJsonAsync($"/api/v1/spot-checks/{check.GetProperty("id")}/devices/{serial}",
            new { result = "fail", ticks = s_allChecks, by = "Quinn", capture = fresh });
        var item = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0];
        var device = await fixture.GetJsonAsync($"/api/v1/devices/{serial}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var discrepancy = item.GetProperty("discrepancy").GetString();
        // The fresh capture is an activation error alone: no license status and no partial key to quote.
        Assert.EndsWith(
            "A fresh slmgr /dli shows no license status with no partial key; the last report said Licensed with "
            + "key …RCDNK.",
            discrepancy,
            StringComparison.Ordinal);
        Assert.DoesNotContain("freshDli", item.GetProperty("ticks").EnumerateArray().Select(t => t.GetString()));
        Assert.NotEqual(JsonValueKind.Null, item.GetProperty("freshReportId").ValueKind);
        Assert.Equal(2, device.GetProperty("reports").GetArrayLength());
    }

    [Fact]
    public async Task Record_FullKeyInNote_RefusedAndNothingStored()
    {
        var batch = DashboardApiFixture.UniqueName("qa");
        await PostDevicesAsync(batch, "001", 2);
        var client = fixture.CreateClient();
        var check = await (await client.PostAsync($"/api/v1/batches/{batch}/spot-checks", null))
            .Content.ReadFromJsonAsync<JsonElement>();
        var url = $"/api/v1/spot-checks/{check.GetProperty("id")}/devices/{Serials(check)[0]}";

        var response = await client.PutAsJsonAsync(url,
            new { result = "pass", by = "Quinn", note = "key VK7JG-NPHTM-C97JM-9MPGT-3V66T" });
        var stored = await fixture.GetJsonAsync($"/api/v1/spot-checks/{check.GetProperty("id")}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("VK7JG", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, stored.GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task Waiver_NeedsReason_ThenVerdictIsWaivedByTheSignedInPerson()
    {
        var batch = DashboardApiFixture.UniqueName("qa");
        await PostDevicesAsync(batch, "018", 2);
        var client = fixture.CreateClient();
        await client.PostAsync($"/api/v1/batches/{batch}/spot-checks", null);

        var refused = await client.PostAsJsonAsync($"/api/v1/batches/{batch}/readiness/waiver", new { by = "Mia" });
        var waived = await client.PostAsJsonAsync($"/api/v1/batches/{batch}/readiness/waiver",
            new { by = "Mia Chen", reason = "Customer activates on site" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var verdict = await waived.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("waived", verdict.GetProperty("verdict").GetString());
        Assert.Equal(TestAccess.AdminEmail, verdict.GetProperty("waivedBy").GetString());
        Assert.NotEmpty(Reasons(verdict));
    }

    private async Task<List<string>> PostDevicesAsync(string batch, string sample, int count, string tag = "d")
    {
        var serials = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var serial = $"{batch}-st{(i % 2) + 1}-{tag}{i:D2}";
            await PostAsync(serial, batch, $"st{(i % 2) + 1}", sample, s_monday);
            serials.Add(serial);
        }

        return serials;
    }

    private async Task PostAsync(string serial, string batch, string station, string sample, DateTimeOffset at)
    {
        using var content = new ByteArrayContent(Samples.Read(sample));
        var response = await fixture.CreateClient().PostAsync(
            $"/api/v1/reports?serial={serial}&batch={batch}&station={station}" +
            $"&capturedAt={Uri.EscapeDataString(at.ToString("O"))}", content);
        response.EnsureSuccessStatusCode();
    }

    private static List<string> Serials(JsonElement check) =>
        [.. check.GetProperty("devices").EnumerateArray().Select(d => d.GetString()!)];

    private static List<string> Reasons(JsonElement readiness) =>
        [.. readiness.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!)];
}

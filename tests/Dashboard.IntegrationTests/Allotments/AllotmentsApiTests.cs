using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.IntegrationTests.Api;

namespace Dashboard.IntegrationTests.Allotments;

public sealed class AllotmentsApiTests(AllotmentsApiFixture fixture) : IClassFixture<AllotmentsApiFixture>
{
    private const string SampleKey = "RC2PP";
    private const int PerDay = 5;
    private const int Weeks = 4;

    [Fact]
    public async Task KeyFedReportsForWeeks_ForecastMatchesArithmetic_OrderByFollowsLeadTime_LeakRaisesAlarm()
    {
        var keyId = await KeyScenario.AddKeyAsync(fixture.Services, "Line 1 LTSC", SampleKey, 1000, leadTimeDays: 30);
        var batch = DashboardApiFixture.UniqueName("keys");
        await PostSteadyReportsAsync(batch);
        await KeyScenario.EnsureActivationsAsync(fixture.Services, batch);

        var forecast = await GetJsonAsync($"/api/v1/keys/{keyId}/forecast");

        // 1000 less 28 days at 5: 860 left; at 5 a day counting today, the last goes on day 172.
        var today = AllotmentsApiFixture.Today;
        var depletion = today.AddDays((860 / PerDay) - 1);
        Assert.Equal(860, forecast.GetProperty("remaining").GetInt32());
        Assert.Equal(PerDay, forecast.GetProperty("dailyRate").GetDouble());
        Assert.Equal(depletion, Date(forecast, "depletionDate"));
        Assert.Equal(depletion, Date(forecast, "depletionDateLow"));
        Assert.Equal(depletion, Date(forecast, "depletionDateHigh"));
        Assert.Equal(depletion.AddDays(-30 - 7), Date(forecast, "orderBy"));
        Assert.Equal(
            "28 days of history, damped trend with weekday effects", forecast.GetProperty("basis").GetString());

        await KeyScenario.SetLeadTimeAsync(fixture.Services, keyId, 60);
        var later = await GetJsonAsync($"/api/v1/keys/{keyId}/forecast");
        Assert.Equal(depletion.AddDays(-60 - 7), Date(later, "orderBy"));

        // Microsoft's count falls by 170 over two weeks in which the stations activated 70 devices.
        await PostCheckpointAsync(keyId, 1000 - (7 * PerDay), DayEnd(-22));
        await PostCheckpointAsync(keyId, 1000 - (7 * PerDay) - 170, DayEnd(-8));

        var ledger = await GetJsonAsync($"/api/v1/keys/{keyId}/ledger");
        var window = ledger.GetProperty("reconciliation").EnumerateArray().Single();
        Assert.True(window.GetProperty("alarm").GetBoolean());
        Assert.Equal(170, window.GetProperty("microsoftDrop").GetInt32());
        Assert.Equal(14 * PerDay, window.GetProperty("seen").GetInt32());
        Assert.Equal(100, window.GetProperty("unexplained").GetInt32());
        Assert.StartsWith("Possible key leak or unexpected consumption.", window.GetProperty("message").GetString());
        var afterLeak = await GetJsonAsync($"/api/v1/keys/{keyId}/forecast");
        Assert.Equal(1, afterLeak.GetProperty("leakAlarms").GetInt32());
        Assert.Equal(1000 - 35 - 170 - (7 * PerDay), afterLeak.GetProperty("remaining").GetInt32());
    }

    [Fact]
    public async Task Activation_WithARegisteredKeyTheBatchDidNotExpect_IsChargedToTheKeyItUsed()
    {
        var used = await KeyScenario.AddKeyAsync(fixture.Services, "Used by mistake", "WRK7Q", 100);
        var expected = await KeyScenario.AddKeyAsync(fixture.Services, "Expected", "XPC7D", 100);
        var batch = DashboardApiFixture.UniqueName("wrongkey");
        var client = fixture.CreateClient();
        var planned = await client.PutAsJsonAsync($"/api/v1/batches/{batch}", new { expectedKeyId = expected });
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);

        var capture = """
            Name: Windows(R), IoTEnterpriseS edition
            Description: Windows(R) Operating System, OEM_DM channel
            Partial Product Key: WRK7Q
            License Status: Licensed
            """;
        using var content = new StringContent(capture);
        var stored = await client.PostAsync($"/api/v1/reports?serial={batch}-1&batch={batch}", content);

        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.Equal("NotEnabled",
            (await stored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        var charged = await GetJsonAsync($"/api/v1/keys/{used}/ledger");
        var spared = await GetJsonAsync($"/api/v1/keys/{expected}/ledger");
        Assert.Equal((1, 99), (charged.GetProperty("firstActivations").GetInt32(),
            charged.GetProperty("remaining").GetInt32()));
        Assert.Equal(0, spared.GetProperty("firstActivations").GetInt32());
    }

    [Fact]
    public async Task PostCheckpoint_BadValues_Returns400NamingEachField()
    {
        var keyId = await KeyScenario.AddKeyAsync(fixture.Services, "Bad input", "BAD01", 100);

        var response = await fixture.CreateClient().PostAsJsonAsync(
            $"/api/v1/keys/{keyId}/checkpoints", new { remaining = "many", asOf = "yesterday" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("remaining", out _));
        Assert.True(errors.TryGetProperty("asOf", out _));
    }

    [Fact]
    public async Task Ledger_MicrosoftCountRisesBetweenCheckpoints_SaysSoAndRaisesNoLeakAlarm()
    {
        var keyId = await KeyScenario.AddKeyAsync(fixture.Services, "Rising", "RISE1", 1000);
        await PostCheckpointAsync(keyId, 990, new DateTime(2026, 11, 12, 8, 0, 0, DateTimeKind.Utc));
        await PostCheckpointAsync(keyId, 500, new DateTime(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc));
        await PostCheckpointAsync(keyId, 880, new DateTime(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc));

        var ledger = await GetJsonAsync($"/api/v1/keys/{keyId}/ledger");

        var rise = ledger.GetProperty("reconciliation").EnumerateArray().Last();
        Assert.Equal(-380, rise.GetProperty("microsoftDrop").GetInt32());
        Assert.False(rise.GetProperty("alarm").GetBoolean());
        Assert.StartsWith("Microsoft's count rose by 380", rise.GetProperty("message").GetString());
    }

    [Fact]
    public async Task PostCheckpoint_EveryFieldBad_Returns400NamingEachOne()
    {
        var keyId = await KeyScenario.AddKeyAsync(fixture.Services, "All bad", "BAD03", 100);

        var response = await fixture.CreateClient().PostAsJsonAsync($"/api/v1/keys/{keyId}/checkpoints",
            new { remaining = -3, asOf = "tomorrow", enteredBy = "VK7JG-NPHTM-C97JM-9MPGT-3V66T" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["asOf", "enteredBy", "remaining"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.DoesNotContain("NPHTM", errors.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCheckpoint_ValuesOfTheWrongKind_SaysWhatWasSentNotThatItIsMissing()
    {
        var keyId = await KeyScenario.AddKeyAsync(fixture.Services, "Wrong kinds", "BAD04", 100);

        var response = await fixture.CreateClient().PostAsJsonAsync(
            $"/api/v1/keys/{keyId}/checkpoints", new { remaining = "x", asOf = 5 });

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("is \"x\"; give a whole number", errors.GetProperty("remaining")[0].GetString());
        Assert.StartsWith("is 5; give an ISO 8601", errors.GetProperty("asOf")[0].GetString());
    }

    [Fact]
    public async Task PostCheckpoint_MoreThanAllotment_Returns400AndStoresNothing()
    {
        var keyId = await KeyScenario.AddKeyAsync(fixture.Services, "Too many", "BAD02", 100);

        var response = await fixture.CreateClient().PostAsJsonAsync(
            $"/api/v1/keys/{keyId}/checkpoints", new { remaining = 101, asOf = "2026-01-05T10:00:00Z" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("more than the key's allotment of 100", problem, StringComparison.Ordinal);
        var ledger = await GetJsonAsync($"/api/v1/keys/{keyId}/ledger");
        Assert.Empty(ledger.GetProperty("checkpoints").EnumerateArray());
    }

    [Fact]
    public async Task GetForecast_KeyWithoutActivations_HasNoDepletionDate()
    {
        var keyId = await KeyScenario.AddKeyAsync(fixture.Services, "Unused", "IDLE1", 500);

        var forecast = await GetJsonAsync($"/api/v1/keys/{keyId}/forecast");

        Assert.Equal(500, forecast.GetProperty("remaining").GetInt32());
        Assert.Equal(JsonValueKind.Null, forecast.GetProperty("depletionDate").ValueKind);
        Assert.Equal(JsonValueKind.Null, forecast.GetProperty("orderBy").ValueKind);
        Assert.Equal("Healthy", forecast.GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetForecast_UnknownKey_Returns404()
    {
        var response = await fixture.CreateClient().GetAsync("/api/v1/keys/999999/forecast");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task PostSteadyReportsAsync(string batch)
    {
        var client = fixture.CreateClient();
        var capture = Samples.Read("009");
        for (var day = Weeks * 7; day >= 1; day--)
        {
            for (var device = 0; device < PerDay; device++)
            {
                var capturedAt = AllotmentsApiFixture.Now.Date.AddDays(-day).AddHours(8).AddMinutes(device);
                var query = $"/api/v1/reports?serial={batch}-{day}-{device}&batch={batch}&station=line-1"
                    + $"&capturedAt={Uri.EscapeDataString(capturedAt.ToString("yyyy-MM-ddTHH:mm:ssZ"))}";
                using var content = new ByteArrayContent(capture);
                var response = await client.PostAsync(query, content);
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }
        }
    }

    private async Task PostCheckpointAsync(int keyId, int remaining, DateTime asOf)
    {
        var response = await fixture.CreateClient().PostAsJsonAsync(
            $"/api/v1/keys/{keyId}/checkpoints", new { remaining, asOf = asOf.ToString("O"), enteredBy = "QA" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await fixture.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static DateTime DayEnd(int days) =>
        AllotmentsApiFixture.Now.UtcDateTime.Date.AddDays(days + 1).AddSeconds(-1);

    private static DateOnly Date(JsonElement json, string name) => DateOnly.Parse(json.GetProperty(name).GetString()!);
}

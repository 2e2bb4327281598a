using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Features.Access;

namespace Dashboard.IntegrationTests.Access;

/// <summary>Phone cases, spot checks, waivers: each step is audited under the person or station that took it.</summary>
public sealed class WorkflowAuditTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private const string Iid63 = "279622490807516561405323526915956419069784436821448326653670301";
    private const string Cid = "123456-234567-345678-456789-567890-678901-789012-890123";

    [Fact]
    public async Task PhoneCase_ClaimNoteConfirmAndClose_EachAuditedWithItsActor()
    {
        var (station, stationName) = await StationAsync();
        var (op, opName) = await fixture.PersonAsync(DashboardRoles.Operator);
        var serial = DashboardApiFixture.UniqueName("pa");
        await SendAsync(station, serial, "Notification\nNotification Reason: 0xC004F009.", "2026-11-01T08:00Z");
        var id = await CaseIdAsync(serial);

        var steps = new[]
        {
            await op.PostAsJsonAsync($"/api/v1/phone-activations/{id}/claim", new { }),
            await op.PostAsJsonAsync($"/api/v1/phone-activations/{id}/notes", new { note = "Called, queue 4" }),
            await op.PostAsJsonAsync($"/api/v1/phone-activations/{id}/confirmation", new { confirmationId = Cid }),
        };
        await SendAsync(station, serial, "Licensed", "2026-11-01T09:00Z");

        Assert.All(steps, step => Assert.Equal(HttpStatusCode.OK, step.StatusCode));
        var entries = await fixture.AuditAsync(serial);
        Assert.Equal(
            [
                ("phone-case.claimed", opName),
                ("phone-case.note-added", opName),
                ("phone-case.confirmation-recorded", opName),
                ("phone-case.closed", "station:" + stationName),
            ],
            entries.Select(e => (e.Action, e.Actor)));
        Assert.Equal($"case {id}; Confirmation ID ending 890123", entries[2].Details);
    }

    [Fact]
    public async Task PhoneCase_TakenOverThenReleased_AuditedAndBackInTheQueue()
    {
        var (station, _) = await StationAsync();
        var (ana, anaName) = await fixture.PersonAsync(DashboardRoles.Operator);
        var (ben, benName) = await fixture.PersonAsync(DashboardRoles.Operator);
        var serial = DashboardApiFixture.UniqueName("pa");
        await SendAsync(station, serial, "Notification\nNotification Reason: 0xC004F009.", "2026-11-01T08:00Z");
        var id = await CaseIdAsync(serial);

        await ana.PostAsJsonAsync($"/api/v1/phone-activations/{id}/claim", new { });
        var refused = await ben.PostAsJsonAsync($"/api/v1/phone-activations/{id}/claim", new { });
        await ben.PostAsJsonAsync($"/api/v1/phone-activations/{id}/claim", new { takeOver = true });
        var released = await ben.PostAsync($"/api/v1/phone-activations/{id}/release", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var view = await released.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, view.GetProperty("claimedBy").ValueKind);
        var entries = await fixture.AuditAsync(serial);
        Assert.Equal(
            [("phone-case.claimed", anaName), ("phone-case.taken-over", benName), ("phone-case.released", benName)],
            entries.Select(e => (e.Action, e.Actor)));
        Assert.Equal($"case {id}; from {anaName}", entries[1].Details);
    }

    [Fact]
    public async Task SpotCheck_DrawnRecordedAndWaived_SignedAndAuditedByThePeople()
    {
        var (qa, qaName) = await fixture.PersonAsync(DashboardRoles.QA);
        var (manager, managerName) = await fixture.PersonAsync(DashboardRoles.ProductionManager);
        var batch = DashboardApiFixture.UniqueName("qa-audit");
        await fixture.PostSampleAsync("001", batch + "-1", batch);
        await fixture.PostSampleAsync("001", batch + "-2", batch);

        var drawn = await qa.PostAsync($"/api/v1/batches/{batch}/spot-checks?seed=7", null);
        var check = await drawn.Content.ReadFromJsonAsync<JsonElement>();
        var serial = check.GetProperty("devices")[0].GetString();
        var recorded = await qa.PutAsJsonAsync(
            $"/api/v1/spot-checks/{check.GetProperty("id").GetInt64()}/devices/{serial}", new { result = "fail" });
        var waived = await manager.PostAsJsonAsync($"/api/v1/batches/{batch}/readiness/waiver",
            new { reason = "Customer accepts the known fault" });

        Assert.Equal(HttpStatusCode.Created, drawn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var item = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()
            .Single(d => d.GetProperty("serial").GetString() == serial);
        Assert.Equal(qaName, item.GetProperty("checkedBy").GetString());
        Assert.Equal(managerName, (await waived.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("waivedBy")
            .GetString());
        var onBatch = await fixture.AuditAsync(batch);
        Assert.Equal([("spot-check.drawn", qaName), ("readiness.waived", managerName)],
            onBatch.Select(e => (e.Action, e.Actor)));
        var onDevice = Assert.Single(await fixture.AuditAsync(serial!));
        Assert.Equal(("spot-check.recorded", qaName), (onDevice.Action, onDevice.Actor));
        Assert.Contains("result: \"Fail\"", onDevice.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiver_NamingSomeoneElse_SignedByTheWaivingPersonEverywhere()
    {
        var (qa, qaName) = await fixture.PersonAsync(DashboardRoles.QA);
        var batch = DashboardApiFixture.UniqueName("qa-waive");
        await fixture.PostSampleAsync("001", batch + "-1", batch);
        await qa.PostAsync($"/api/v1/batches/{batch}/spot-checks", null);

        var waived = await qa.PostAsJsonAsync($"/api/v1/batches/{batch}/readiness/waiver",
            new { by = FormulaName, reason = "=HYPERLINK(\"http://evil.example\",\"ok\")" });
        var readiness = await fixture.GetJsonAsync($"/api/v1/batches/{batch}/readiness");
        var csv = await (await fixture.CreateClient().GetAsync($"/batches/{batch}/evidence.csv"))
            .Content.ReadAsStringAsync();
        var evidence = await (await fixture.CreateClient().GetAsync($"/batches/{batch}/evidence"))
            .Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, waived.StatusCode);
        Assert.Equal(qaName, readiness.GetProperty("waivedBy").GetString());
        Assert.DoesNotContain("cmd", csv, StringComparison.Ordinal);
        Assert.Contains(qaName, csv, StringComparison.Ordinal);
        // A spreadsheet reads the reason as text, not as a formula.
        Assert.Contains(",\"'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("cmd", evidence, StringComparison.Ordinal);
        var entry = (await fixture.AuditAsync(batch)).Single(e => e.Action == "readiness.waived");
        Assert.Equal(qaName, entry.Actor);
        Assert.DoesNotContain("cmd", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpotCheck_TypedName_KeptBesideTheSignedInAccount()
    {
        var (qa, qaName) = await fixture.PersonAsync(DashboardRoles.QA);
        var batch = DashboardApiFixture.UniqueName("qa-tablet");
        await fixture.PostSampleAsync("001", batch + "-1", batch);

        var url = $"/api/v1/batches/{batch}/spot-checks";
        var tooLong = await qa.PostAsJsonAsync(url, new { by = new string('x', 101) });
        var drawn = await qa.PostAsJsonAsync(url, new { by = "Tablet checker" });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.Created, drawn.StatusCode);
        var entry = Assert.Single(await fixture.AuditAsync(batch));
        Assert.Equal(("spot-check.drawn", qaName), (entry.Action, entry.Actor));
        Assert.Contains("by: \"Tablet checker\"", entry.Details, StringComparison.Ordinal);
    }

    private const string FormulaName = "=cmd|' /C calc'!A0";

    private async Task<(HttpClient Client, string Name)> StationAsync()
    {
        var name = DashboardApiFixture.UniqueName("line");
        var key = await fixture.CreateStationKeyAsync(name);

        return (fixture.CreateStationClient(key), name);
    }

    private async Task<long> CaseIdAsync(string serial)
    {
        var cases = await fixture.GetJsonAsync("/api/v1/phone-activations");

        return cases.EnumerateArray().Single(c => c.GetProperty("device").GetString() == serial)
            .GetProperty("id").GetInt64();
    }

    private static async Task SendAsync(HttpClient station, string serial, string status, string capturedAt)
    {
        var capture = $"""
            Name: Windows(R), IoTEnterpriseS edition
            Description: Windows(R) Operating System, OEM_DM channel
            Activation ID: a84bba07-931d-b925-306a-0799dc6ebd71
            Installation ID: {Iid63}
            Partial Product Key: RCDNK
            License Status: {status}
            """;
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(capture));
        var url = $"/api/v1/reports?serial={Uri.EscapeDataString(serial)}&batch=B-PA&station=line-2"
            + $"&capturedAt={capturedAt}";
        using var response = await station.PostAsync(url, content);
        response.EnsureSuccessStatusCode();
    }
}

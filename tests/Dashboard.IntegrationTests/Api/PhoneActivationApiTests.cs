using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.PhoneActivation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Api;

public sealed class PhoneActivationApiTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private const string Iid63 = "279622490807516561405323526915956419069784436821448326653670301";
    private const string Cid = "123456-234567-345678-456789-567890-678901-789012-890123";

    [Fact]
    public async Task PhoneActivations_GraceExpired_OpensCaseWithGroupedInstallationId()
    {
        var serial = DashboardApiFixture.UniqueName("ph");
        await PostAsync(serial, Capture("Notification\nNotification Reason: 0xC004F009.", Iid63), "2026-11-01T08:00Z");

        var found = await FindCaseAsync(serial);

        Assert.Equal(Iid63, found.GetProperty("installationId").GetString());
        var groups = found.GetProperty("installationIdGroups").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Equal(9, groups.Count);
        Assert.Equal("2796224", groups[0]);
    }

    [Fact]
    public async Task Confirmation_BadThenGood_RefusesWithMessageThenAnswersCommand()
    {
        var serial = DashboardApiFixture.UniqueName("ph");
        await PostAsync(serial, Capture("Notification\nNotification Reason: 0xC004F009.", Iid63), "2026-11-01T08:00Z");
        var id = (await FindCaseAsync(serial)).GetProperty("id").GetInt64();
        var client = fixture.CreateClient();

        var bad = await client.PostAsJsonAsync($"/api/v1/phone-activations/{id}/confirmation",
            new { by = "Ana", confirmationId = Cid[..^1] });
        var good = await client.PostAsJsonAsync($"/api/v1/phone-activations/{id}/confirmation",
            new { by = "Ana", confirmationId = Cid });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("47 digits; a Confirmation ID has 48", await bad.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        var view = await good.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            $"slmgr /atp {Cid.Replace("-", "", StringComparison.Ordinal)} a84bba07-931d-b925-306a-0799dc6ebd71",
            view.GetProperty("command").GetString());
    }

    [Fact]
    public async Task Claim_CaseHeldByAColleague_Returns409UnlessTakenOver()
    {
        var serial = DashboardApiFixture.UniqueName("ph");
        await PostAsync(serial, Capture("Notification\nNotification Reason: 0xC004F009.", Iid63), "2026-11-01T08:00Z");
        var id = (await FindCaseAsync(serial)).GetProperty("id").GetInt64();
        var ana = await fixture.CreateClientForRolesAsync(DashboardRoles.Operator);
        var ben = await fixture.CreateClientForRolesAsync(DashboardRoles.Operator);

        var first = await ana.PostAsJsonAsync($"/api/v1/phone-activations/{id}/claim", new { by = "Ana" });
        var second = await ben.PostAsJsonAsync($"/api/v1/phone-activations/{id}/claim", new { by = "Ben" });
        var confirm = await ben.PostAsJsonAsync($"/api/v1/phone-activations/{id}/confirmation",
            new { by = "Ben", confirmationId = Cid });
        var takeOver = await ben.PostAsJsonAsync($"/api/v1/phone-activations/{id}/claim",
            new { by = "Ben", takeOver = true });

        var anaName = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("claimedBy").GetString()!;
        Assert.StartsWith("operator-", anaName, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains($"claimed by {anaName}", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, confirm.StatusCode);
        var benName = (await takeOver.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("claimedBy").GetString();
        Assert.NotEqual(anaName, benName);
        Assert.StartsWith("operator-", benName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_TypedNameOfTheHolder_DoesNotPassTheClaim()
    {
        var serial = DashboardApiFixture.UniqueName("ph");
        await PostAsync(serial, Capture("Notification\nNotification Reason: 0xC004F009.", Iid63), "2026-11-01T08:00Z");
        var id = (await FindCaseAsync(serial)).GetProperty("id").GetInt64();
        var ana = await fixture.CreateClientForRolesAsync(DashboardRoles.Operator);
        var ben = await fixture.CreateClientForRolesAsync(DashboardRoles.Operator);
        var claimed = await ana.PostAsJsonAsync($"/api/v1/phone-activations/{id}/claim", new { });
        var holder = (await claimed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("claimedBy").GetString();

        var posing = await ben.PostAsJsonAsync($"/api/v1/phone-activations/{id}/claim", new { by = holder });
        var release = await ben.PostAsync($"/api/v1/phone-activations/{id}/release", null);

        Assert.Equal(HttpStatusCode.Conflict, posing.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, release.StatusCode);
    }

    [Fact]
    public async Task Claim_ManyOperatorsAtOnce_ExactlyOneWins()
    {
        var serial = DashboardApiFixture.UniqueName("ph");
        await PostAsync(serial, Capture("Notification\nNotification Reason: 0xC004F009.", Iid63), "2026-11-01T08:00Z");
        var id = (await FindCaseAsync(serial)).GetProperty("id").GetInt64();
        var operators = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => fixture.CreateClientForRolesAsync(DashboardRoles.Operator)));

        var answers = await Task.WhenAll(operators.Select(client =>
            client.PostAsJsonAsync($"/api/v1/phone-activations/{id}/claim", new { })));

        Assert.Equal(1, answers.Count(answer => answer.StatusCode == HttpStatusCode.OK));
        Assert.Equal(7, answers.Count(answer => answer.StatusCode == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Confirmation_CaseWithoutInstallationId_IsRefused()
    {
        var serial = DashboardApiFixture.UniqueName("ph");
        await PostAsync(serial, "Error: 0xC004C016 The key may not be activated online.", "2026-11-01T08:00Z");
        var id = (await FindCaseAsync(serial)).GetProperty("id").GetInt64();

        var answer = await fixture.CreateClient().PostAsJsonAsync($"/api/v1/phone-activations/{id}/confirmation",
            new { by = "Ana", confirmationId = Cid });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith(
            "The device's latest report shows no Installation ID", problem.GetProperty("detail").GetString());
        Assert.Contains("slmgr /dti", problem.GetProperty("errors").GetProperty("confirmationId")[0].GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Ana")]
    public async Task Note_TooLong_Returns400NamingTheNote_WhateverByIsSent(string? by)
    {
        var serial = DashboardApiFixture.UniqueName("ph");
        await PostAsync(serial, Capture("Notification\nNotification Reason: 0xC004F009.", Iid63), "2026-11-01T08:00Z");
        var id = (await FindCaseAsync(serial)).GetProperty("id").GetInt64();

        var answer = await fixture.CreateClient().PostAsJsonAsync($"/api/v1/phone-activations/{id}/notes",
            new { by, note = new string('x', 2001) });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["note"], problem.GetProperty("errors").EnumerateObject().Select(field => field.Name));
        Assert.StartsWith("Write what happened on the call", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Confirmation_ForAnOlderInstallationId_OffersNoCommand()
    {
        var serial = DashboardApiFixture.UniqueName("ph");
        await PostAsync(serial, Capture("Notification\nNotification Reason: 0xC004F009.", Iid63), "2026-11-01T08:00Z");
        var id = (await FindCaseAsync(serial)).GetProperty("id").GetInt64();
        await fixture.CreateClient().PostAsJsonAsync($"/api/v1/phone-activations/{id}/confirmation",
            new { by = "Ana", confirmationId = Cid });

        await PostAsync(serial, Capture("Notification\nNotification Reason: 0xC004F009.", "1" + Iid63[1..]),
            "2026-11-01T09:00Z");

        var stale = await FindCaseAsync(serial);
        Assert.True(stale.GetProperty("confirmationIsStale").GetBoolean());
        Assert.Equal(JsonValueKind.Null, stale.GetProperty("command").ValueKind);
    }

    [Theory]
    [InlineData("/api/v1/phone-activations?minAgeHours=abc", "minAgeHours", "is 'abc'; it must be a whole number")]
    [InlineData("/api/v1/phone-activations?minAgeHours=99999999999", "minAgeHours", "too large a number")]
    [InlineData("/api/v1/phone-activations?includeClosed=yes", "includeClosed", "is 'yes'; it must be true or false")]
    [InlineData("/api/v1/phone-activations?minAgeHours=99999999", "minAgeHours", "it must be 0 to")]
    [InlineData("/api/v1/audit?limit=abc", "limit", "is 'abc'; it must be a whole number")]
    public async Task List_BadQuery_Returns400NamingTheParameterWithoutTypeNames(
        string path, string parameter, string problem)
    {
        var answer = await fixture.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem, body.GetProperty("errors").GetProperty(parameter)[0].GetString());
        Assert.DoesNotContain("Nullable", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_WithoutBody_Returns400()
    {
        using var empty = new StringContent("", Encoding.UTF8, "application/json");

        var answer = await fixture.CreateClient().PostAsync("/api/v1/phone-activations/1/claim", empty);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    [Fact]
    public async Task Case_NewerReportWithOtherInstallationId_SaysSo_AndActivatedReportClosesIt()
    {
        var serial = DashboardApiFixture.UniqueName("ph");
        var other = "1" + Iid63[1..];
        await PostAsync(serial, Capture("Notification\nNotification Reason: 0xC004F009.", Iid63), "2026-11-01T08:00Z");
        await PostAsync(serial, Capture("Notification\nNotification Reason: 0xC004F009.", other), "2026-11-01T09:00Z");

        var changed = await FindCaseAsync(serial);
        await PostAsync(serial, Capture("Licensed", other), "2026-11-01T10:00Z");

        Assert.True(changed.GetProperty("installationIdChanged").GetBoolean());
        Assert.Equal(other, changed.GetProperty("installationId").GetString());
        var open = await fixture.GetJsonAsync("/api/v1/phone-activations");
        Assert.DoesNotContain(open.EnumerateArray(), c => c.GetProperty("device").GetString() == serial);
        var all = await fixture.GetJsonAsync("/api/v1/phone-activations?includeClosed=true");
        Assert.Contains(all.EnumerateArray(), c => c.GetProperty("device").GetString() == serial
            && c.GetProperty("closedAt").ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task ActivationLedger_OutOfOrderReports_CountsActivationsByCaptureTime()
    {
        var serial = DashboardApiFixture.UniqueName("act");

        // Captured: 08 grace, 09 licensed, 10 grace (reimaged), 11 licensed; sent in a shuffled order.
        await PostAsync(serial, Capture("Licensed", Iid63) + "\n#4", "2026-11-01T11:00Z");
        await PostAsync(serial, Capture("Initial grace period", Iid63) + "\n#1", "2026-11-01T08:00Z");
        await PostAsync(serial, Capture("Licensed", Iid63) + "\n#2", "2026-11-01T09:00Z");
        var (countBefore, _) = await ActivationsAsync(serial);
        await PostAsync(serial, Capture("Initial grace period", Iid63) + "\n#3", "2026-11-01T10:00Z");

        var (count, rows) = await ActivationsAsync(serial);

        Assert.Equal(1, countBefore);
        Assert.Equal(2, count);
        Assert.Equal([false, true], rows.Select(row => row.IsRepeat));
        Assert.Equal([9, 11], rows.Select(row => row.ActivatedAt.Hour));
    }

    [Fact]
    public async Task Export_Csv_ListsCasesAndIsFormulaSafe()
    {
        var serial = DashboardApiFixture.UniqueName("csv");
        await PostAsync(serial, Capture("Notification\nNotification Reason: 0xC004F009.", Iid63), "2026-11-01T08:00Z");
        var view = new PhoneCaseView(1, "SN", "B", "=cmd|' /C calc'!A0", DateTime.UtcNow, null, [], false, null,
            null, "+Edition", null, null, null, false, null, null);

        var csv = await fixture.CreateClient().GetStringAsync("/api/v1/phone-activations.csv");
        var unsafeCsv = PhoneCaseCsv.Write([view]);

        Assert.Contains(serial, csv, StringComparison.Ordinal);
        Assert.Contains("2796224-", csv, StringComparison.Ordinal);
        Assert.Contains("'=cmd", unsafeCsv, StringComparison.Ordinal);
        Assert.Contains("'+Edition", unsafeCsv, StringComparison.Ordinal);
    }

    private async Task<(int Count, List<KeyActivation> Rows)> ActivationsAsync(string serial)
    {
        using var scope = fixture.Services.CreateScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var device = await db.Devices.SingleAsync(d => d.Serial == serial);
        var rows = await db.KeyActivations.Where(a => a.DeviceSerial == serial)
            .OrderBy(a => a.ActivatedAt).ToListAsync();

        return (device.ActivationCount, rows);
    }

    private async Task<JsonElement> FindCaseAsync(string serial)
    {
        var cases = await fixture.GetJsonAsync("/api/v1/phone-activations");

        return cases.EnumerateArray().Single(c => c.GetProperty("device").GetString() == serial);
    }

    private async Task PostAsync(string serial, string capture, string capturedAt)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(capture));
        var url = $"/api/v1/reports?serial={Uri.EscapeDataString(serial)}&batch=B-PH&station=line-2"
            + $"&capturedAt={capturedAt}";
        using var response = await fixture.CreateClient().PostAsync(url, content);
        response.EnsureSuccessStatusCode();
    }

    private static string Capture(string status, string iid) => $"""
        Name: Windows(R), IoTEnterpriseS edition
        Description: Windows(R) Operating System, OEM_DM channel
        Activation ID: a84bba07-931d-b925-306a-0799dc6ebd71
        Installation ID: {iid}
        Partial Product Key: RCDNK
        License Status: {status}
        """;
}

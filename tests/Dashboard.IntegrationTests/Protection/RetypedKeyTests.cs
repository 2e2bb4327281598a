using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Core.Parsing;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Protection;

/// <summary>
/// A product key written with other separators than slmgr's dashes (spaces, a wrapped line, underscores,
/// invisible characters, quotes and commas) is masked or refused like a strict one: in captures, in
/// typed notes, and in addresses shown back on pages.
/// </summary>
public sealed class RetypedKeyTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private static readonly string[] s_hiddenGroups = ["VK7JG", "NPHTM", "C97JM", "9MPGT"];

    public static TheoryData<string> Keys() =>
    [
        "VK7JG - NPHTM - C97JM - 9MPGT - 3V66T",
        "VK7JG-NPHTM-\r\n    C97JM-9MPGT-3V66T",
        "VK7JG\tNPHTM\tC97JM\t9MPGT\t3V66T",
        "VK7JG  NPHTM  C97JM  9MPGT  3V66T",
        "VK7JG_NPHTM_C97JM_9MPGT_3V66T",
        "VK7JG/NPHTM/C97JM/9MPGT/3V66T",
        "VK7JG\u00ADNPHTM\u00ADC97JM\u00AD9MPGT\u00AD3V66T",
        "VK7JG\u200BNPHTM\u200BC97JM\u200B9MPGT\u200B3V66T",
        "\"VK7JG\",\"NPHTM\",\"C97JM\",\"9MPGT\",\"3V66T\"",
    ];

    public static TheoryData<string, string> AddressesWithKeys()
    {
        string[] routes =
        [
            "/batches/{0}", "/devices/{0}", "/batches/{0}/evidence", "/batches/{0}/spot-check",
            "/batches/{0}/devices.csv", "/batches/{0}/evidence.csv", "/wall?batches={0}",
        ];
        string[] keys =
        [
            "VK7JG-NPHTM-C97JM-9MPGT-3V66T", "VK7JG - NPHTM - C97JM - 9MPGT - 3V66T",
            "VK7JG_NPHTM_C97JM_9MPGT_3V66T", "VK7JG\u00ADNPHTM\u00ADC97JM\u00AD9MPGT\u00AD3V66T",
        ];
        var data = new TheoryData<string, string>();
        foreach (var route in routes)
        {
            foreach (var key in keys)
            {
                data.Add(route, key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task PostReport_CaptureWithRetypedKey_StoresAndShowsOnlyTheLastFive(string key)
    {
        var serial = DashboardApiFixture.UniqueName("retyped");
        var capture = $"PS C:\\> slmgr /ipk {key}\r\nInstalled product key successfully.\r\n";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(capture));

        var response = await fixture.CreateStationClient()
            .PostAsync($"/api/v1/reports?serial={serial}&batch=B-KEYS", content);
        var page = await fixture.CreateClient().GetStringAsync($"/devices/{serial}");

        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, answer.GetProperty("redactedKeys").GetInt32());
        var stored = await StoredReportAsync(serial);
        Assert.False(ProductKeyRedactor.ContainsKey(stored.RedactedText), stored.RedactedText);
        Assert.Contains("3V66T", stored.RedactedText, StringComparison.Ordinal);
        AssertNoHiddenGroup(stored.RedactedText + stored.ParsedJson);
        AssertNoHiddenGroup(page);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task PatchBatch_NotesWithRetypedKey_IsRefusedAndNothingStored(string key)
    {
        var batch = DashboardApiFixture.UniqueName("b");
        (await fixture.PostSampleAsync("001", "notes-" + batch, batch)).EnsureSuccessStatusCode();

        var response = await fixture.CreateClient()
            .PatchAsJsonAsync($"/api/v1/batches/{batch}", new { notes = $"Spare key: {key} (do not use)" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNoHiddenGroup(await response.Content.ReadAsStringAsync());
        await using var db = await CreateDbContextAsync();
        Assert.Null((await db.Batches.SingleAsync(b => b.Id == batch)).Notes);
        Assert.DoesNotContain(await db.AuditLog.Select(e => e.Details).ToListAsync(), d => HoldsHiddenGroup(d));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task PostKey_NotesWithRetypedKey_IsRefusedAndNothingStored(string key)
    {
        var label = DashboardApiFixture.UniqueName("spare");

        var response = await fixture.CreateClient().PostAsJsonAsync("/api/v1/keys",
            new { label, partialProductKey = "3V66T", allotment = 10, notes = $"Spare: {key}" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNoHiddenGroup(await response.Content.ReadAsStringAsync());
        await using var db = await CreateDbContextAsync();
        Assert.False(await db.EpkeaKeys.AnyAsync(k => k.Label == label));
    }

    [Theory]
    [InlineData("VK7JG - NPHTM - C97JM - 9MPGT - 3V66T")]
    [InlineData("VK7JG_NPHTM_C97JM_9MPGT_3V66T")]
    [InlineData("\"VK7JG\",\"NPHTM\",\"C97JM\",\"9MPGT\",\"3V66T\"")]
    public async Task PhoneCaseNote_WithRetypedKey_IsStoredAndAuditedMasked(string key)
    {
        var serial = DashboardApiFixture.UniqueName("phone");
        using var capture = new ByteArrayContent(Encoding.UTF8.GetBytes(
            "Name: Windows(R), IoTEnterpriseS edition\nInstallation ID: "
            + "279622490807516561405323526915956419069784436821448326653670301\n"
            + "Partial Product Key: 3V66T\nLicense Status: Notification\nNotification Reason: 0xC004F009.\n"));
        (await fixture.CreateStationClient()
            .PostAsync($"/api/v1/reports?serial={serial}&batch=B-PHONE", capture)).EnsureSuccessStatusCode();
        var cases = await fixture.GetJsonAsync("/api/v1/phone-activations");
        var id = cases.EnumerateArray().Single(c => c.GetProperty("device").GetString() == serial)
            .GetProperty("id").GetInt64();

        var response = await fixture.CreateClient().PostAsJsonAsync(
            $"/api/v1/phone-activations/{id}/notes", new { note = $"Caller read out {key} from the label" });

        response.EnsureSuccessStatusCode();
        AssertNoHiddenGroup(await response.Content.ReadAsStringAsync());
        await using var db = await CreateDbContextAsync();
        var notes = await db.PhoneCaseEvents.Where(e => e.CaseId == id && e.Kind == PhoneCaseEventKind.CallNote)
            .Select(e => e.Detail).ToListAsync();
        Assert.Contains("3V66T", Assert.Single(notes), StringComparison.Ordinal);
        AssertNoHiddenGroup(notes[0]!);
        var audited = await db.AuditLog.Where(e => e.Target == serial).Select(e => e.Details).ToListAsync();
        Assert.Contains(audited, d => d != null && d.Contains("from the label", StringComparison.Ordinal));
        Assert.DoesNotContain(audited, HoldsHiddenGroup);
    }

    [Theory]
    [MemberData(nameof(AddressesWithKeys))]
    public async Task Get_KeyInTheAddress_IsShownMaskedToItsLastFive(string route, string key)
    {
        var address = string.Format(System.Globalization.CultureInfo.InvariantCulture, route,
            Uri.EscapeDataString(key));

        var response = await fixture.CreateClient().GetAsync(address);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{response.StatusCode}");
        AssertNoHiddenGroup(body);
        AssertNoHiddenGroup(WebUtility.UrlDecode(body));
        Assert.Contains("3V66T", body, StringComparison.Ordinal);
    }

    private async Task<Report> StoredReportAsync(string serial)
    {
        await using var db = await CreateDbContextAsync();

        return await db.Reports.AsNoTracking().SingleAsync(r => r.DeviceSerial == serial);
    }

    private Task<DashboardDbContext> CreateDbContextAsync() =>
        fixture.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();

    private static bool HoldsHiddenGroup(string? text) =>
        text is not null && s_hiddenGroups.Any(group => text.Contains(group, StringComparison.OrdinalIgnoreCase));

    private static void AssertNoHiddenGroup(string text) =>
        Assert.False(HoldsHiddenGroup(text), $"A masked part of the key shows in: {text}");
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.IntegrationTests.Access;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.IntegrationTests.Postgres;

/// <summary>
/// Stations' captures through the HTTP API into PostgreSQL: the real corpus read back as SQLite reads it,
/// duplicates counted once (also across two instances on one database), and what PostgreSQL refuses
/// (a NUL character) or orders differently (text) handled.
/// </summary>
public sealed class PostgresIngestTests(PostgresDashboard postgres, DashboardApiFixture sqlite)
    : IClassFixture<PostgresDashboard>, IClassFixture<DashboardApiFixture>
{
    [Fact]
    public async Task PostReport_EverySample_StoredAndReadBackAsOnSqlite()
    {
        var batch = DashboardApiFixture.UniqueName("pgc");
        var samples = Samples.ReadAll();

        for (var i = 0; i < samples.Count; i++)
        {
            var serial = $"{batch}-{i:D2}";
            Assert.Equal(HttpStatusCode.Created, (await PostAsync(postgres, samples[i], serial, batch)).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await PostAsync(sqlite, samples[i], serial, batch)).StatusCode);
        }

        var stored = await GetJsonAsync(postgres, $"/api/v1/batches/{batch}");
        Assert.Equal(samples.Count, stored.GetProperty("devices").GetInt32());
        Assert.Equal(samples.Count, stored.GetProperty("reports").GetInt32());
        var expected = await GetJsonAsync(sqlite, $"/api/v1/batches/{batch}");
        Assert.Equal(expected.GetProperty("states").GetRawText(), stored.GetProperty("states").GetRawText());
        Assert.Equal(await DevicePagesAsync(sqlite, batch), await DevicePagesAsync(postgres, batch));
        for (var i = 0; i < samples.Count; i++)
        {
            var device = await GetJsonAsync(postgres, $"/api/v1/devices/{batch}-{i:D2}");
            var same = await GetJsonAsync(sqlite, $"/api/v1/devices/{batch}-{i:D2}");
            Assert.Equal(1, device.GetProperty("reports").GetArrayLength());
            Assert.Equal(Comparable(same), Comparable(device));
        }
    }

    [Fact]
    public async Task PostReport_SameCaptureAgain_AnsweredAsDuplicateAndCountedOnce()
    {
        var batch = DashboardApiFixture.UniqueName("pgd");
        var capture = Samples.Read("009");

        var first = await PostAsync(postgres, capture, batch + "-1", batch);
        var again = await PostAsync(postgres, capture, batch + "-1", batch);
        var burst = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => PostAsync(postgres, Samples.Read("001"), batch + "-2", batch)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean());
        Assert.Single(burst, answer => answer.StatusCode == HttpStatusCode.Created);
        Assert.All(burst, answer => Assert.True(answer.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK));
        var stored = await GetJsonAsync(postgres, $"/api/v1/batches/{batch}");
        Assert.Equal(2, stored.GetProperty("devices").GetInt32());
        Assert.Equal(2, stored.GetProperty("reports").GetInt32());
    }

    [Fact]
    public async Task PostReport_TwoInstancesOneDatabase_EachCaptureStoredOnceAndCountsExact()
    {
        var batch = DashboardApiFixture.UniqueName("pgm");
        var first = await PostAsync(postgres, Samples.Read("001"), batch + "-0", batch);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await using var second = postgres.SecondInstance();
        var samples = Samples.ReadAll();

        // Every device's capture goes to both instances twice at once, as stations retrying behind a balancer do.
        var sends = Enumerable.Range(1, 16).SelectMany(i => new[] { postgres, second, postgres, second }
            .Select(host => (Serial: $"{batch}-{i}", Answer: PostAsync(host, samples[i], $"{batch}-{i}", batch))));
        var answers = await Task.WhenAll(sends.Select(async send => (send.Serial, (await send.Answer).StatusCode)));

        Assert.All(answers.GroupBy(answer => answer.Serial), device => Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Created],
            device.Select(answer => answer.StatusCode).Order()));
        var stored = await GetJsonAsync(second, $"/api/v1/batches/{batch}");
        Assert.Equal(17, stored.GetProperty("devices").GetInt32());
        Assert.Equal(17, stored.GetProperty("reports").GetInt32());
        Assert.Equal(17, stored.GetProperty("states").EnumerateObject().Sum(state => state.Value.GetInt32()));
    }

    [Fact]
    public async Task PostReport_KeyRegisteredOnAnotherInstance_TriagedWithIt()
    {
        // A database of its own: which keys are registered is what this test is about.
        await using var first = new PostgresDashboard();
        await first.InitializeAsync();
        await using var second = first.SecondInstance();
        var batch = DashboardApiFixture.UniqueName("pgk");
        await RegisterKeyAsync(first, "ZZ9ZZ");
        var capture = Samples.Read("009");

        var before = await PostAsync(second, capture, batch + "-1", batch);
        await RegisterKeyAsync(first, "RC2PP");
        var after = await PostAsync(second, capture, batch + "-2", batch);

        Assert.Equal(HttpStatusCode.Created, before.StatusCode);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.Equal("NotEnabled", (await before.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal("Activated", (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task PostReport_SameRowsCommittedMeanwhileElsewhere_AnsweredAsDuplicate()
    {
        var batch = DashboardApiFixture.UniqueName("pgr");
        var capture = Samples.Read("018");
        var seen = await PostAsync(postgres, capture, batch + "-seen", batch + "x");
        Assert.Equal(HttpStatusCode.Created, seen.StatusCode);

        // Another writer holds the batch, device and report rows of this very capture, not yet committed.
        await using var other = await postgres.CreateDbContextAsync();
        await using var transaction = await other.Database.BeginTransactionAsync();
        await AddSameRowsAsync(other, batch + "-seen", batch + "-1", batch);
        var answer = PostAsync(postgres, capture, batch + "-1", batch);
        await WaitUntilBlockedAsync(postgres.ConnectionString, answer);
        await transaction.CommitAsync();

        var response = await answer;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean());
        var device = await GetJsonAsync(postgres, $"/api/v1/devices/{batch}-1");
        Assert.Equal(1, device.GetProperty("reports").GetArrayLength());
    }

    [Fact]
    public async Task PostReport_CaptureWithNulCharacter_StoredWithoutIt_TypedNotesWithOneRefused()
    {
        var batch = DashboardApiFixture.UniqueName("pgn");
        var clean = Samples.Read("009");
        var damaged = clean[..40].Concat(new byte[] { 0 }).Concat(clean[40..]).ToArray();
        await PostAsync(postgres, clean, batch + "-0", batch);

        var response = await PostAsync(postgres, damaged, batch + "-1", batch);
        var notes = await postgres.CreateClient().PatchAsJsonAsync(
            $"/api/v1/batches/{batch}", new { notes = "before\u0000after" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notes.StatusCode);
        var device = await GetJsonAsync(postgres, $"/api/v1/devices/{batch}-1");
        var undamaged = await GetJsonAsync(postgres, $"/api/v1/devices/{batch}-0");
        Assert.Equal(Comparable(undamaged), Comparable(device));
        var stored = await GetJsonAsync(postgres, $"/api/v1/batches/{batch}");
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("notes").ValueKind);
    }

    [Fact]
    public async Task ListBatchDevices_MixedCaseSerials_InOrdinalOrderAcrossPages()
    {
        var batch = DashboardApiFixture.UniqueName("pgo");
        string[] serials = ["b-1", "B-2", "a-2", "A-1", "x_", "0-9", "a_1", "Z", "a.1"];
        foreach (var serial in serials)
        {
            var stored = await PostAsync(postgres, Samples.Read("009"), $"{serial}-{batch}", batch);
            Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        }

        var listed = await DevicePagesAsync(postgres, batch, limit: 3);

        Assert.Equal(
            serials.Select(serial => $"{serial}-{batch}").Order(StringComparer.Ordinal),
            listed.Select(device => device.Split(' ')[0]));
        Assert.Equal("C", await ColumnCollationAsync("Devices", "Serial"));
    }

    [Fact]
    public async Task DrawSpotCheck_SameSeed_SameSampleAndAqlAsOnSqlite()
    {
        var batch = DashboardApiFixture.UniqueName("pgq");
        var samples = Samples.ReadAll();
        for (var i = 0; i < 8; i++)
        {
            await PostAsync(postgres, samples[i], $"{batch}-{i}", batch);
            await PostAsync(sqlite, samples[i], $"{batch}-{i}", batch);
        }

        var drawn = await SpotCheckAsync(postgres, batch);
        var expected = await SpotCheckAsync(sqlite, batch);

        Assert.Equal("1.0", drawn.GetProperty("aql").GetRawText());
        Assert.Equal(Sample(expected), Sample(drawn));
    }

    private static async Task<JsonElement> SpotCheckAsync(DashboardFactory host, string batch)
    {
        var drawn = await host.CreateClient().PostAsync($"/api/v1/batches/{batch}/spot-checks?seed=7&aql=1.0", null);
        Assert.Equal(HttpStatusCode.Created, drawn.StatusCode);
        var id = (await drawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        return await GetJsonAsync(host, $"/api/v1/spot-checks/{id}");
    }

    private static string Sample(JsonElement check) => string.Join(" ",
        check.GetProperty("aql").GetRawText(), check.GetProperty("sampleSize").GetInt32(),
        check.GetProperty("accept").GetInt32(), check.GetProperty("reject").GetInt32(),
        string.Join(",", check.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("serial"))));

    private static async Task<HttpResponseMessage> PostAsync(
        DashboardFactory host, byte[] capture, string serial, string batch)
    {
        using var content = new ByteArrayContent(capture);

        return await host.CreateStationClient().PostAsync($"/api/v1/reports?serial={serial}&batch={batch}", content);
    }

    private static async Task RegisterKeyAsync(DashboardFactory host, string partialKey)
    {
        var response = await host.CreateClient().PostAsJsonAsync("/api/v1/keys",
            new { label = $"Key {partialKey}", partialProductKey = partialKey, allotment = 500, leadTimeDays = 21 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task<JsonElement> GetJsonAsync(DashboardFactory host, string path)
    {
        var response = await host.CreateClient().GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    // Every device of the batch as "serial state", walked page by page as a client would.
    private static async Task<List<string>> DevicePagesAsync(DashboardFactory host, string batch, int limit = 10)
    {
        var devices = new List<string>();
        string? after = null;
        do
        {
            var from = after is null ? "" : $"&after={Uri.EscapeDataString(after)}";
            var page = await GetJsonAsync(host, $"/api/v1/batches/{batch}/devices?limit={limit}{from}");
            devices.AddRange(page.GetProperty("items").EnumerateArray()
                .Select(item => $"{item.GetProperty("serial").GetString()} {item.GetProperty("state").GetString()}"));
            after = page.GetProperty("next").GetString();
        }
        while (after is not null);

        return devices;
    }

    // What a device answer says, less what differs by nature between two databases: ids and times.
    private static string Comparable(JsonElement device)
    {
        var report = device.GetProperty("reports")[0];

        return string.Join(" | ",
            device.GetProperty("state").GetString(), device.GetProperty("reason").GetString(),
            device.GetProperty("edition").GetString(), device.GetProperty("partialProductKey").GetString(),
            device.GetProperty("licenseStatus").GetString(), report.GetProperty("text").GetString(),
            report.GetProperty("product").GetRawText(), report.GetProperty("errors").GetRawText());
    }

    private static async Task AddSameRowsAsync(DashboardDbContext db, string seenSerial, string serial, string batch)
    {
        var seen = await db.Reports.AsNoTracking().SingleAsync(report => report.DeviceSerial == seenSerial);
        var now = DateTime.UtcNow;
        db.Batches.Add(new Batch { Id = batch, CreatedAt = now, LastReportAt = now, DeviceCount = 1, ReportCount = 1 });
        db.Devices.Add(new Device
        {
            Serial = serial,
            BatchId = batch,
            State = seen.State,
            FirstSeenAt = now,
            LastCapturedAt = now,
            ReportCount = 1,
        });
        seen.Id = 0;
        seen.DeviceSerial = serial;
        seen.BatchId = batch;
        db.Reports.Add(seen);
        await db.SaveChangesAsync();
    }

    // Until the dashboard's writer waits on the rows above; a writer that gave up instead fails the test here.
    private static async Task WaitUntilBlockedAsync(string connectionString, Task<HttpResponseMessage> answer)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
            connection);
        for (var tries = 0; tries < 300; tries++)
        {
            if (answer.IsCompleted)
            {
                Assert.Fail($"The report was answered before it met the rows: {(await answer).StatusCode}");
            }

            if ((long)(await waiting.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The dashboard's writer never waited on the uncommitted rows.");
    }

    private async Task<string?> ColumnCollationAsync(string table, string column)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT collation_name FROM information_schema.columns WHERE table_name = @table AND column_name = @column",
            connection);
        command.Parameters.AddWithValue("table", table);
        command.Parameters.AddWithValue("column", column);

        return (string?)await command.ExecuteScalarAsync();
    }
}

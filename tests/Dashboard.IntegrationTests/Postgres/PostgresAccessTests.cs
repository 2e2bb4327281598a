using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.IntegrationTests.Access;
using Dashboard.IntegrationTests.Administration;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Dashboard.IntegrationTests.Postgres;

/// <summary>
/// The rest of the product on PostgreSQL: its own migrations from empty, Identity and the sign-in cookies'
/// keys, the audit log, re-triage, and no full product key in any text column.
/// </summary>
public sealed partial class PostgresAccessTests(PostgresDashboard postgres) : IClassFixture<PostgresDashboard>
{
    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesThePostgresMigrationsAndMatchesTheModel()
    {
        await using var db = await postgres.CreateDbContextAsync();

        Assert.True(db.Database.IsNpgsql());
        var applied = await db.Database.GetAppliedMigrationsAsync();
        Assert.NotEmpty(applied);
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Contains(applied, id => id.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal("Healthy", await postgres.CreateAnonymousClient().GetStringAsync("/health"));
    }

    [Fact]
    public async Task SignIn_PeopleAndRoles_IdentityAndCookieKeysLiveInPostgres()
    {
        var viewer = await postgres.CreateClientForRolesAsync(DashboardRoles.Viewer);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/batches")).StatusCode);
        var key = new { label = "x", partialProductKey = "ABCDE", allotment = 1 };
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/v1/keys", key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await postgres.CreateClient().GetAsync("/api/v1/audit")).StatusCode);
        await using var db = await postgres.CreateDbContextAsync();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
        Assert.True(await db.Users.CountAsync() >= 2);
    }

    [Fact]
    public async Task SignIn_WrongPasswordsThenAdminLock_LockoutTimesRoundTrip()
    {
        var email = await postgres.CreatePersonAsync(DashboardRoles.Operator);
        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => postgres.SignInAsync(email, "Wrong-Password-99"));
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => postgres.SignInAsync(email, AdminActions.Password));
        Assert.Contains("Too many wrong passwords", refused.Message, StringComparison.Ordinal);
        var lockedFor = (await postgres.FindAsync(email)).LockoutEnd - DateTimeOffset.UtcNow;
        Assert.InRange(lockedFor!.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));

        var id = (await postgres.FindAsync(email)).Id;
        var locked = await postgres.AsAsync(TestAccess.AdminEmail, admin => admin.LockAsync(id, default));

        Assert.True(locked.Succeeded, string.Join(" ", locked.Errors));
        Assert.Equal(DateTimeOffset.MaxValue, (await postgres.FindAsync(email)).LockoutEnd);
        refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => postgres.SignInAsync(email, AdminActions.Password));
        Assert.Contains("This account is locked by an admin.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLog_ChangesThroughApiAndPages_WrittenAndFoundInAnyCase()
    {
        var batch = DashboardApiFixture.UniqueName("pga");
        await PostAsync(Samples.Read("009"), batch + "-1", batch);
        await postgres.CreateStationKeyAsync("pg-audit-station");

        var renamed = await postgres.CreateClient()
            .PatchAsJsonAsync($"/api/v1/batches/{batch}", new { name = "Über run" });

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var page = await postgres.CreateClient().GetFromJsonAsync<JsonElement>(
            "/api/v1/audit?action=batch&actor=ADMIN@Dashboard.TEST");
        var entry = Assert.Single(page.GetProperty("entries").EnumerateArray(),
            entry => entry.GetProperty("target").GetString() == batch);
        Assert.Equal("batch.updated", entry.GetProperty("action").GetString());
        Assert.Equal(TestAccess.AdminEmail, entry.GetProperty("actor").GetString());
        Assert.Contains("Über run", entry.GetProperty("details").GetString(), StringComparison.Ordinal);
        var credentials = await postgres.AuditOfAsync("pg-audit-station");
        Assert.Equal("station-key.created", Assert.Single(credentials).Action);
    }

    [Fact]
    public async Task PostKey_RegisteredKey_DevicesClassifiedAgainWithExactCounts()
    {
        var batch = DashboardApiFixture.UniqueName("pgk");
        string[] samples = ["001", "002", "009", "018"];
        for (var i = 0; i < samples.Length; i++)
        {
            var stored = await PostAsync(Samples.Read(samples[i]), $"{batch}-{i}", batch);
            Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        }

        var before = await BatchAsync(batch);
        var registered = await postgres.CreateClient().PostAsJsonAsync("/api/v1/keys",
            new { label = "Retriage on PostgreSQL", partialProductKey = "Q7Z3X", allotment = 10 });

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var after = await BatchAsync(batch);
        Assert.Equal(samples.Length, States(after).Values.Sum());
        Assert.True(States(after)["NotEnabled"] > States(before)["NotEnabled"], after.GetRawText());
    }

    [Fact]
    public async Task Database_AnyTextColumn_HoldsNoFullProductKey()
    {
        var batch = DashboardApiFixture.UniqueName("pgl");
        var keys = Samples.ReadAll().SelectMany(sample => FullKey().Matches(Encoding.UTF8.GetString(sample)))
            .Select(match => match.Value).Distinct().ToList();
        Assert.NotEmpty(keys);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(Samples.Read("016"), batch + "-1", batch)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(Samples.Read("017"), batch + "-2", batch)).StatusCode);
        var typed = await postgres.CreateClient().PatchAsJsonAsync($"/api/v1/batches/{batch}", new { notes = keys[0] });
        Assert.Equal(HttpStatusCode.BadRequest, typed.StatusCode);

        var texts = await TextValuesAsync();

        Assert.True(texts.Count > 50, $"Only {texts.Count} text values were read.");
        var leaks = texts.Where(text => keys.Any(key => text.Value.Contains(key, StringComparison.OrdinalIgnoreCase)
            || text.Value.Contains(key.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)))
            .Select(text => text.Column).Distinct().ToList();
        Assert.True(leaks.Count == 0, "A full product key is stored in " + string.Join(", ", leaks));
        Assert.Contains(texts, text => text.Value.Contains(keys[0][^5..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task StoredKeyScrub_KeyStoredBehindTheGuard_MaskedInPlace()
    {
        var batch = DashboardApiFixture.UniqueName("pgs");
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(Samples.Read("009"), batch + "-1", batch)).StatusCode);
        await using (var connection = new NpgsqlConnection(postgres.ConnectionString))
        {
            await connection.OpenAsync();
            await using var update = new NpgsqlCommand(
                "UPDATE \"Batches\" SET \"Notes\" = 'used 44tq8 ptx4p hcgvd mkqyx bpb3q' WHERE \"Id\" = @id",
                connection);
            update.Parameters.AddWithValue("id", batch);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var masked = await StoredKeyScrub.RunAsync(
            postgres.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>(),
            NullLogger.Instance, CancellationToken.None);

        Assert.True(masked >= 1, $"{masked} rows masked.");
        await using var db = await postgres.CreateDbContextAsync();
        Assert.Equal("used ***** ***** ***** ***** BPB3Q", (await db.Batches.SingleAsync(b => b.Id == batch)).Notes);
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] capture, string serial, string batch)
    {
        using var content = new ByteArrayContent(capture);

        return await postgres.CreateStationClient()
            .PostAsync($"/api/v1/reports?serial={serial}&batch={batch}", content);
    }

    private async Task<JsonElement> BatchAsync(string batch) =>
        await postgres.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/batches/{batch}");

    private static Dictionary<string, int> States(JsonElement batch) =>
        batch.GetProperty("states").EnumerateObject()
            .ToDictionary(state => state.Name, state => state.Value.GetInt32());

    // Every value of every text column of every table, as "Table.Column".
    private async Task<List<(string Column, string Value)>> TextValuesAsync()
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
            + "AND data_type IN ('text', 'character varying', 'character')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var values = new List<(string, string)>();
        foreach (var (table, column) in columns)
        {
            await using var select = new NpgsqlCommand(
                $"SELECT \"{column}\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL", connection);
            await using var rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                values.Add(($"{table}.{column}", rows.GetString(0)));
            }
        }

        return values;
    }

    [GeneratedRegex("[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}")]
    private static partial Regex FullKey();
}

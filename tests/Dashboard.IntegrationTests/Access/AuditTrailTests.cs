using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Core.Parsing;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Allotments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Access;

/// <summary>Every change of keys, checkpoints and batch settings leaves an entry naming who made it.</summary>
public sealed class AuditTrailTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    [Fact]
    public async Task Key_RegisteredThenCorrected_AuditedWithOldAndNewValues()
    {
        var (manager, name) = await fixture.PersonAsync(DashboardRoles.ProductionManager);
        var partial = AuditScenario.NewPartialKey();

        var created = await manager.PostAsJsonAsync("/api/v1/keys",
            new { label = "Kiosk", partialProductKey = partial, allotment = 1000, notes = "PO 4711" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var patched = await manager.PatchAsJsonAsync($"/api/v1/keys/{id}",
            new { label = "Kiosk line 2", allotment = 1200, leadTimeDays = 21 });

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var entries = await fixture.AuditAsync($"key …{partial}");
        Assert.Equal(["key.created", "key.updated"], entries.Select(e => e.Action));
        Assert.All(entries, entry => Assert.Equal(name, entry.Actor));
        Assert.EndsWith("notes: \"PO 4711\"", entries[0].Details, StringComparison.Ordinal);
        Assert.Equal(
            "label: \"Kiosk\" -> \"Kiosk line 2\"; allotment: 1000 -> 1200; leadTimeDays: (none) -> 21",
            entries[1].Details);
    }

    [Fact]
    public async Task Checkpoint_PostedWithoutEnteredBy_IsSignedAndAuditedByThePerson()
    {
        var (manager, name) = await fixture.PersonAsync(DashboardRoles.ProductionManager);
        var (id, partial) = await fixture.RegisterKeyAsync();

        var posted = await manager.PostAsJsonAsync($"/api/v1/keys/{id}/checkpoints",
            new { remaining = 900, asOf = "2026-11-01T08:00:00Z" });

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var body = await posted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(name, body.GetProperty("enteredBy").GetString());
        var entry = Assert.Single(await fixture.AuditAsync($"key …{partial}"), e => e.Action == "checkpoint.added");
        Assert.Equal(name, entry.Actor);
        Assert.Contains("remaining: 900", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkpoint_Deleted_GoesFromTheLedgerAndTheAuditLogKeepsWhatItSaid()
    {
        var (manager, name) = await fixture.PersonAsync(DashboardRoles.ProductionManager);
        var (id, partial) = await fixture.RegisterKeyAsync();
        var posted = await manager.PostAsJsonAsync($"/api/v1/keys/{id}/checkpoints",
            new { remaining = 97, asOf = "2026-11-02T08:00:00Z", enteredBy = "typo" });
        posted.EnsureSuccessStatusCode();
        var ledgerBefore = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/keys/{id}/ledger");
        var checkpointId = ledgerBefore.GetProperty("checkpoints").EnumerateArray().Single()
            .GetProperty("id").GetInt64();

        var deleted = await manager.DeleteAsync($"/api/v1/keys/{id}/checkpoints/{checkpointId}");
        var again = await manager.DeleteAsync($"/api/v1/keys/{id}/checkpoints/{checkpointId}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var ledgerAfter = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/keys/{id}/ledger");
        Assert.Empty(ledgerAfter.GetProperty("checkpoints").EnumerateArray());
        var entry = Assert.Single(await fixture.AuditAsync($"key …{partial}"), e => e.Action == "checkpoint.deleted");
        Assert.Equal(name, entry.Actor);
        Assert.Contains("remaining: 97", entry.Details, StringComparison.Ordinal);
        Assert.Contains("enteredBy: \"typo\"", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkpoint_DeletedUnderAnotherKey_Returns404AndStaysPut()
    {
        var (manager, _) = await fixture.PersonAsync(DashboardRoles.ProductionManager);
        var (id, _) = await fixture.RegisterKeyAsync();
        var (otherId, _) = await fixture.RegisterKeyAsync();
        await manager.PostAsJsonAsync($"/api/v1/keys/{id}/checkpoints",
            new { remaining = 800, asOf = "2026-11-03T08:00:00Z" });
        var ledger = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/keys/{id}/ledger");
        var checkpointId = ledger.GetProperty("checkpoints").EnumerateArray().Single().GetProperty("id").GetInt64();

        var wrongKey = await manager.DeleteAsync($"/api/v1/keys/{otherId}/checkpoints/{checkpointId}");
        var noKey = await manager.DeleteAsync($"/api/v1/keys/999999/checkpoints/{checkpointId}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (wrongKey.StatusCode, noKey.StatusCode));
        Assert.Contains($"has no checkpoint {checkpointId}", await wrongKey.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        var still = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/keys/{id}/ledger");
        Assert.Single(still.GetProperty("checkpoints").EnumerateArray());
    }

    [Fact]
    public async Task Checkpoints_ImportedFromCsv_OneEntryWithCount()
    {
        var (id, partial) = await fixture.RegisterKeyAsync();
        var person = AuditScenario.Person("pm-import@dashboard.test", DashboardRoles.ProductionManager);
        var (rows, errors) = CheckpointCsv.Read("asOf,remaining\n2026-10-01,990\n2026-10-08,950\n");

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().SetCircuitUser(person);
            var store = scope.ServiceProvider.GetRequiredService<CheckpointStore>();
            var result = await store.AddAsync(id, rows, CheckpointSource.Csv, CancellationToken.None);
            Assert.True(result.Saved, string.Join(" ", result.Errors));
        }

        Assert.Empty(errors);
        var entry = Assert.Single(
            await fixture.AuditAsync($"key …{partial}"),
            e => e.Action.StartsWith("checkpoint", StringComparison.Ordinal));
        Assert.Equal(("checkpoints.imported", "pm-import@dashboard.test"), (entry.Action, entry.Actor));
        Assert.Equal($"count: 2; key: {id}", entry.Details);
    }

    [Fact]
    public async Task Batch_PutThenSamePatch_AuditsTheChangeOnce()
    {
        var (manager, name) = await fixture.PersonAsync(DashboardRoles.ProductionManager);
        var batch = DashboardApiFixture.UniqueName("audit");
        await fixture.PostSampleAsync("001", batch + "-1", batch);

        var put = await manager.PutAsJsonAsync($"/api/v1/batches/{batch}",
            new { name = "Order 12", plannedQuantity = 40, notes = "Lyon" });
        var same = await manager.PatchAsJsonAsync($"/api/v1/batches/{batch}", new { plannedQuantity = 40 });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (put.StatusCode, same.StatusCode));
        var entry = Assert.Single(await fixture.AuditAsync(batch));
        Assert.Equal(("batch.updated", name), (entry.Action, entry.Actor));
        Assert.Equal("name: (none) -> \"Order 12\"; plannedQuantity: (none) -> 40; notes: (none) -> \"Lyon\"",
            entry.Details);
    }

    [Fact]
    public async Task AuditLog_AfterChangesAndRefusedFullKeys_HoldsNoFullProductKey()
    {
        const string fullKey = "NPPR9-FWDCX-D2C8J-H872K-2YT43";
        var (manager, _) = await fixture.PersonAsync(DashboardRoles.ProductionManager);
        var (id, _) = await fixture.RegisterKeyAsync();
        var batch = DashboardApiFixture.UniqueName("audit");
        await fixture.PostSampleAsync("001", batch + "-1", batch);

        var refused = new[]
        {
            await manager.PostAsJsonAsync("/api/v1/keys",
                new { label = "Leak", partialProductKey = AuditScenario.NewPartialKey(), allotment = 5,
                    notes = fullKey }),
            await manager.PatchAsJsonAsync($"/api/v1/keys/{id}", new { notes = $"was {fullKey}" }),
            await manager.PatchAsJsonAsync($"/api/v1/batches/{batch}", new { notes = fullKey }),
        };
        await manager.PatchAsJsonAsync($"/api/v1/keys/{id}", new { notes = "ordered from the distributor" });

        Assert.All(refused, response => Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode));
        await using var scope = fixture.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider
            .GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var entries = await db.AuditLog.ToListAsync();
        Assert.Contains(entries, e => e.Action == "key.updated");
        Assert.DoesNotContain(entries, e => ProductKeyRedactor.ContainsKey($"{e.Target} {e.Details}"));
        Assert.DoesNotContain(entries, e => $"{e.Target} {e.Details}".Contains("2YT43-", StringComparison.Ordinal));
    }
}

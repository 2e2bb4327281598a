using Dashboard.Web.Api.Contracts;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Triage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Batches;

/// <summary>The batch, or what was wrong with the change; <see cref="NotFound"/> when there is no such batch.</summary>
public sealed record BatchSettingsResult(Batch? Batch, Dictionary<string, string[]> Problems, bool NotFound = false);

/// <summary>
/// Changes a batch's name, plan, notes and expected key. The API and the batch page both come here, so
/// both check the same rules and both leave a <c>batch.updated</c> entry in the audit log.
/// </summary>
public sealed class BatchSettings(
    IDbContextFactory<DashboardDbContext> dbFactory,
    RetriageService retriage,
    AuditLog audit)
{
    /// <param name="replace">True: absent fields are cleared (PUT, the edit dialog); false: they stay (PATCH).</param>
    public async Task<BatchSettingsResult> UpdateAsync(
        string id, BatchUpdate update, bool replace, CancellationToken ct)
    {
        var problems = BatchUpdateRules.Validate(update);
        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var batch = await db.Batches.Include(b => b.StateCounts).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null)
        {
            return new(null, problems, NotFound: true);
        }

        await CheckExpectedKeyAsync(db, update.ExpectedKeyId, problems, ct);
        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        var before = Snapshot(batch);
        BatchUpdateRules.Apply(batch, update, replace);
        var changes = Describe(before, Snapshot(batch));
        if (!changes.IsEmpty)
        {
            audit.Record(db, "batch.updated", batch.Id, changes.ToString());
        }

        await db.SaveChangesAsync(ct);
        if (batch.ExpectedKeyId != before.ExpectedKeyId)
        {
            // The expected key decides which devices count as activated, so the batch is classified again.
            await retriage.RetriageAsync(batch.Id, ct);
            await db.Entry(batch).ReloadAsync(ct);
            await db.Entry(batch).Collection(b => b.StateCounts).LoadAsync(ct);
        }

        return new(batch, problems);
    }

    private static async Task CheckExpectedKeyAsync(
        DashboardDbContext db, int? keyId, Dictionary<string, string[]> problems, CancellationToken ct)
    {
        if (keyId is < 0)
        {
            problems["expectedKeyId"] = [$"is {keyId}; give a key's id, or 0 for none"];
        }
        else if (keyId is > 0 && !await db.EpkeaKeys.AnyAsync(key => key.Id == keyId, ct))
        {
            problems["expectedKeyId"] = [$"is {keyId}; no key has that id (see GET /api/v1/keys)"];
        }
    }

    private sealed record Settings(string? Name, int? PlannedQuantity, string? Notes, int? ExpectedKeyId);

    private static Settings Snapshot(Batch batch) =>
        new(batch.Name, batch.PlannedQuantity, batch.Notes, batch.ExpectedKeyId);

    private static AuditDetails Describe(Settings before, Settings after) => new AuditDetails()
        .Change("name", before.Name, after.Name)
        .Change("plannedQuantity", before.PlannedQuantity, after.PlannedQuantity)
        .Change("notes", before.Notes, after.Notes)
        .Change("expectedKeyId", before.ExpectedKeyId, after.ExpectedKeyId);
}

using Dashboard.Web.Api.Contracts;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Reports;
using Dashboard.Web.Features.Triage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Batches;

/// <summary>
/// The batch, or what was wrong with the change; <see cref="NotFound"/> when there is no such batch,
/// <see cref="Created"/> when the change planned a batch that had no report yet.
/// </summary>
public sealed record BatchSettingsResult(
    Batch? Batch, Dictionary<string, string[]> Problems, bool NotFound = false, bool Created = false)
{
    /// <summary>The problems in one line, for a page's message: "plannedQuantity is 0; ...".</summary>
    public string ProblemsText() => string.Join("; ", Problems.Select(p => $"{p.Key} {string.Join(", ", p.Value)}"));
}

/// <summary>
/// Changes a batch's name, plan, notes and expected key, and plans a batch before its first report. The
/// API and the pages all come here, so all check the same rules and all leave a <c>batch.updated</c> or
/// <c>batch.created</c> entry in the audit log.
/// </summary>
public sealed class BatchSettings(
    IDbContextFactory<DashboardDbContext> dbFactory,
    RetriageService retriage,
    AuditLog audit,
    TimeProvider clock,
    IBatchAnnouncer announcer)
{
    /// <param name="replace">True: absent fields are cleared (PUT, the edit dialog); false: they stay (PATCH).</param>
    /// <param name="create">True: a batch no report has reached is created with these settings (PUT, planning).</param>
    public async Task<BatchSettingsResult> UpdateAsync(
        string id, BatchUpdate update, bool replace, CancellationToken ct, bool create = false)
    {
        var problems = BatchUpdateRules.Validate(update);
        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var batch = await db.Batches.Include(b => b.StateCounts).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null && !create)
        {
            return new(null, problems, NotFound: true);
        }

        if (batch is null && SubmissionRules.IdentifierProblem(id, required: true) is { } idProblem)
        {
            problems["batch"] = [idProblem];
        }

        await CheckExpectedKeyAsync(db, update.ExpectedKeyId, problems, ct);
        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        var created = batch is null;
        if (batch is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            batch = new Batch { Id = id, CreatedAt = now, LastReportAt = now };
            db.Batches.Add(batch);
        }

        var before = created ? new Settings(null, null, null, null) : Snapshot(batch);
        BatchUpdateRules.Apply(batch, update, replace);
        var changes = Describe(before, Snapshot(batch));
        if (created || !changes.IsEmpty)
        {
            audit.Record(db, created ? "batch.created" : "batch.updated", batch.Id, changes.ToString());
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (created)
        {
            // The batch's first report arrived in between and created it: change that one instead.
            return await UpdateAsync(id, update, replace, ct, create: false);
        }

        if (created)
        {
            announcer.AnnounceBatch(batch.Id);

            return new(batch, problems, Created: true);
        }

        if (batch.ExpectedKeyId != before.ExpectedKeyId)
        {
            // The expected key decides which devices count as activated, so the batch is classified again.
            await retriage.RetriageAsync(batch.Id, ct);
            await db.Entry(batch).ReloadAsync(ct);
            await db.Entry(batch).Collection(b => b.StateCounts).LoadAsync(ct);
        }

        if (!changes.IsEmpty)
        {
            announcer.AnnounceBatch(batch.Id);
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

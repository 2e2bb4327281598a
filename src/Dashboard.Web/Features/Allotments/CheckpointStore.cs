using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Allotments;

/// <summary>The outcome of saving checkpoints: all or nothing, with every row's problem when refused.</summary>
public sealed record CheckpointSaveResult(
    int Added, int AlreadyRecorded, IReadOnlyList<string> Errors, bool KeyFound = true)
{
    public bool Saved => KeyFound && Errors.Count == 0;
}

/// <summary>What became of a request to delete a checkpoint.</summary>
public enum CheckpointDeletion
{
    Deleted,
    NoSuchKey,
    NoSuchCheckpoint,
}

/// <summary>
/// Stores checkpoints for a key; a batch of them is stored whole or not at all. A checkpoint nobody
/// signed is signed by the person who entered it. A mistyped one is deleted, and the audit log keeps
/// what it said.
/// </summary>
public sealed partial class CheckpointStore(
    IDbContextFactory<DashboardDbContext> dbFactory,
    CurrentActor actor,
    AuditLog audit,
    TimeProvider time,
    ILogger<CheckpointStore> logger)
{
    /// <param name="rows">Each input with the label its errors start with (e.g. "Line 3").</param>
    public async Task<CheckpointSaveResult> AddAsync(
        int keyId, IReadOnlyList<(string Where, CheckpointInput Input)> rows, CheckpointSource source,
        CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.EpkeaKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == keyId, ct);
        if (key is null)
        {
            return new CheckpointSaveResult(0, 0, [$"There is no key {keyId}."], KeyFound: false);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var existing = await db.KeyCheckpoints.Where(c => c.KeyId == keyId)
            .ToDictionaryAsync(c => c.AsOf, c => c.Remaining, ct);
        var errors = new List<string>();
        var added = new List<KeyCheckpoint>();
        var already = 0;

        foreach (var (where, input) in rows)
        {
            var problems = CheckpointRules.Check(input, key.Allotment, now);
            errors.AddRange(problems.Select(p => $"{where}: {p.Key} {p.Value}."));
            if (problems.Count > 0)
            {
                continue;
            }

            if (existing.TryGetValue(input.AsOf, out var recorded))
            {
                // Importing the same export twice is harmless; a different count for the same moment is not.
                already += recorded == input.Remaining ? 1 : 0;
                if (recorded != input.Remaining)
                {
                    errors.Add($"{where}: asOf {input.AsOf:yyyy-MM-dd HH:mm} UTC already has a checkpoint "
                        + $"of {recorded:N0} remaining.");
                }

                continue;
            }

            existing[input.AsOf] = input.Remaining;
            added.Add(new KeyCheckpoint
            {
                KeyId = keyId,
                Remaining = input.Remaining,
                AsOf = input.AsOf,
                EnteredBy = actor.NameOr(input.EnteredBy)?.Trim(),
                EnteredAt = now,
                Source = source,
            });
        }

        if (errors.Count > 0)
        {
            Log.CheckpointsRefused(logger, keyId, errors.Count);
            return new CheckpointSaveResult(0, already, errors);
        }

        db.KeyCheckpoints.AddRange(added);
        RecordAudit(db, key, added, source);
        await db.SaveChangesAsync(ct);
        Log.CheckpointsAdded(logger, keyId, added.Count, source);

        return new CheckpointSaveResult(added.Count, already, []);
    }

    public async Task<CheckpointDeletion> DeleteAsync(int keyId, long checkpointId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.EpkeaKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == keyId, ct);
        if (key is null)
        {
            return CheckpointDeletion.NoSuchKey;
        }

        var checkpoint = await db.KeyCheckpoints
            .FirstOrDefaultAsync(c => c.Id == checkpointId && c.KeyId == keyId, ct);
        if (checkpoint is null)
        {
            return CheckpointDeletion.NoSuchCheckpoint;
        }

        db.KeyCheckpoints.Remove(checkpoint);
        audit.Record(db, "checkpoint.deleted", $"key …{key.PartialProductKey}", new AuditDetails()
            .Add("remaining", checkpoint.Remaining).Add("asOf", checkpoint.AsOf)
            .Add("enteredBy", checkpoint.EnteredBy).Add("source", checkpoint.Source.ToString()).ToString());
        await db.SaveChangesAsync(ct);
        Log.CheckpointDeleted(logger, keyId, checkpoint.AsOf);

        return CheckpointDeletion.Deleted;
    }

    private void RecordAudit(
        DashboardDbContext db, EpkeaKey key, List<KeyCheckpoint> added, CheckpointSource source)
    {
        var target = $"key …{key.PartialProductKey}";
        if (source != CheckpointSource.Csv)
        {
            foreach (var checkpoint in added)
            {
                audit.Record(db, "checkpoint.added", target, new AuditDetails()
                    .Add("remaining", checkpoint.Remaining).Add("asOf", checkpoint.AsOf)
                    .Add("enteredBy", checkpoint.EnteredBy).ToString());
            }
        }
        else if (added.Count > 0)
        {
            // One entry per file: the checkpoints themselves are on the key page.
            audit.Record(db, "checkpoints.imported", target, new AuditDetails()
                .Add("count", added.Count).Add("key", key.Id).ToString());
        }
    }

    private static partial class Log
    {
        [LoggerMessage(5001, LogLevel.Information, "Key {KeyId}: {Count} checkpoints added ({Source})")]
        public static partial void CheckpointsAdded(ILogger logger, int keyId, int count, CheckpointSource source);

        [LoggerMessage(5002, LogLevel.Warning, "Key {KeyId}: checkpoints refused with {ErrorCount} problems")]
        public static partial void CheckpointsRefused(ILogger logger, int keyId, int errorCount);

        [LoggerMessage(5003, LogLevel.Information, "Key {KeyId}: checkpoint as of {AsOf:u} deleted")]
        public static partial void CheckpointDeleted(ILogger logger, int keyId, DateTime asOf);
    }
}

using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.QualityChecks;

/// <summary>Decides whether a batch is ready to ship, and records waivers.</summary>
public sealed partial class ReadinessService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    CurrentActor actor,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ReadinessService> logger)
{
    public async Task<BatchReadiness?> GetAsync(string batchId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var batch = await db.Batches.AsNoTracking().Include(b => b.StateCounts)
            .FirstOrDefaultAsync(b => b.Id == batchId, ct);
        if (batch is null)
        {
            return null;
        }

        var check = await LatestAsync(db, batchId, ct);
        var openCases = await db.PhoneCases.CountAsync(c => c.BatchId == batchId && c.ClosedAt == null, ct);
        var latestId = check?.Id;
        var earlierRejections = await db.SpotChecks.CountAsync(
            c => c.BatchId == batchId && c.Id != latestId && c.Status == SpotCheckStatus.Rejected, ct);

        return ReadinessRules.Decide(batch, check, openCases, earlierRejections);
    }

    /// <summary>Ships the batch as it is on a named person's word; the newest spot check carries the waiver.</summary>
    /// <remarks>
    /// A signed-in person waives under their own user name, whatever <see cref="WaiverRequest.By"/> says: the
    /// evidence pack must name who took the decision. The typed name counts only where no person is signed in.
    /// </remarks>
    public async Task<SpotCheckOutcome<BatchReadiness>> WaiveAsync(
        string batchId, WaiverRequest request, CancellationToken ct)
    {
        request = request with { By = actor.PersonName() ?? request.By };
        if (WaiverRules.Validate(request) is { } invalid)
        {
            return new(null, invalid.Field, invalid.Message);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var check = await db.SpotChecks.Where(c => c.BatchId == batchId)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (check is null)
        {
            var shown = ProductKeyRedactor.Mask(batchId);

            return new(null, "batch", $"Batch '{shown}' has no spot check to waive; draw a sample first.",
                NotFound: !await db.Batches.AnyAsync(b => b.Id == batchId, ct));
        }

        check.WaivedBy = request.By!.Trim();
        check.WaiverReason = request.Reason!.Trim();
        check.WaivedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(db, "readiness.waived", batchId, new AuditDetails().Add("spotCheck", check.Id)
            .Add("by", check.WaivedBy).Add("reason", check.WaiverReason).ToString());
        await db.SaveChangesAsync(ct);

        Log.Waived(logger, batchId, check.WaivedBy);

        return new(await GetAsync(batchId, ct));
    }

    /// <summary>The batch's newest spot check with its items, read only.</summary>
    public async Task<SpotCheck?> LatestAsync(string batchId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        return await LatestAsync(db, batchId, ct);
    }

    private static Task<SpotCheck?> LatestAsync(DashboardDbContext db, string batchId, CancellationToken ct) =>
        db.SpotChecks.AsNoTracking().Include(c => c.Items).Where(c => c.BatchId == batchId)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);

    private static partial class Log
    {
        [LoggerMessage(7003, LogLevel.Warning, "Batch {Batch} waived for shipping by {By}")]
        public static partial void Waived(ILogger logger, string batch, string by);
    }
}

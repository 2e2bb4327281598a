using Dashboard.Web.Data;
using Dashboard.Web.Features.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Web.Features.Reports;

/// <summary>Writes a group of reports in one transaction and keeps device and batch summaries current.</summary>
internal sealed partial class ReportLedger(
    IDbContextFactory<DashboardDbContext> dbFactory,
    ReportTriage triage,
    LedgerGate gate,
    ILogger<ReportLedger> logger)
{
    public async Task WriteAsync(IReadOnlyList<PendingReport> group, CancellationToken ct)
    {
        using var entered = await gate.EnterAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var outcomes = new List<(PendingReport Pending, IngestOutcome Outcome)>(group.Count);

        foreach (var pending in group)
        {
            outcomes.Add((pending, await WriteOneAsync(db, transaction, pending, ct)));
        }

        await transaction.CommitAsync(ct);

        // Only now is it durable, so only now may callers answer "stored".
        outcomes.ForEach(item => item.Pending.Complete(item.Outcome));
    }

    private async Task<IngestOutcome> WriteOneAsync(
        DashboardDbContext db,
        IDbContextTransaction transaction,
        PendingReport pending,
        CancellationToken ct)
    {
        await transaction.CreateSavepointAsync("report", ct);
        try
        {
            var outcome = await LedgerEntry.ApplyAsync(db, pending, triage, ct);
            await transaction.ReleaseSavepointAsync("report", ct);

            return outcome;
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException)
        {
            // One bad row must not sink the group: undo just this one and carry on.
            await transaction.RollbackToSavepointAsync("report", ct);
            db.ChangeTracker.Clear();
            Log.ReportFailed(logger, pending.Report.ContentHash, exception);

            return new IngestOutcome(pending.Submission, null, false, "The report could not be stored.");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(2020, LogLevel.Error, "Could not store report {ContentHash}")]
        public static partial void ReportFailed(ILogger logger, string contentHash, Exception exception);
    }
}

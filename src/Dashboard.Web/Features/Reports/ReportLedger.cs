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
    IEnumerable<ILedgerObserver> observers,
    ILogger<ReportLedger> logger)
{
    public async Task WriteAsync(IReadOnlyList<PendingReport> group, CancellationToken ct)
    {
        using var entered = await gate.EnterAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LedgerGate.HoldAcrossInstancesAsync(db, ct);
        var outcomes = new List<(PendingReport Pending, IngestOutcome Outcome)>(group.Count);
        var stored = new List<StoredReport>(group.Count);

        foreach (var pending in group)
        {
            var before = await db.Devices.FindAsync([pending.Report.DeviceSerial], ct);
            var (previousState, previousBatch) = (before?.State, before?.BatchId);
            var outcome = await WriteOneAsync(db, transaction, pending, ct);
            outcomes.Add((pending, outcome));
            if (outcome.Stored && await db.Devices.FindAsync([pending.Report.DeviceSerial], ct) is { } device)
            {
                stored.Add(new StoredReport(
                    outcome.Report!, previousState, previousBatch, device.State, device.StateReason));
            }

            // Each report is saved by now. Rows left tracked would make every later save in the group
            // scan them all again for changes, so the cost of a report grew with its place in the group;
            // the next report reads what it needs afresh, inside the same transaction.
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(ct);

        // Only now is it durable, so only now may callers answer "stored" and pages hear of it.
        outcomes.ForEach(item => item.Pending.Complete(item.Outcome));
        Announce(new LedgerCommit(stored));
    }

    private void Announce(LedgerCommit commit)
    {
        if (commit.Reports.Count == 0)
        {
            return;
        }

        foreach (var observer in observers)
        {
            try
            {
                observer.OnCommitted(commit);
            }
            catch (Exception exception)
            {
                // What is stored stays stored; a listener's fault must not stop the writer.
                Log.ObserverFailed(logger, observer.GetType().Name, exception);
            }
        }
    }

    private async Task<IngestOutcome> WriteOneAsync(
        DashboardDbContext db,
        IDbContextTransaction transaction,
        PendingReport pending,
        CancellationToken ct)
    {
        await transaction.CreateSavepointAsync("report", ct);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await LedgerEntry.ApplyAsync(db, pending, triage, ct);
                await transaction.ReleaseSavepointAsync("report", ct);

                return outcome;
            }
            catch (DbUpdateException exception) when (attempt == 1 && DatabaseErrors.IsUniqueViolation(exception))
            {
                // A row this report creates (the report itself, its device or its batch) was stored by
                // someone else between the look-up and the insert: a page creating the batch, or a writer
                // that does not take the ledger lock. Their row is committed now, so a second pass finds it
                // and answers as for any duplicate.
                await transaction.RollbackToSavepointAsync("report", ct);
                db.ChangeTracker.Clear();
                Log.ReportRetried(logger, pending.Report.ContentHash);
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
    }

    private static partial class Log
    {
        [LoggerMessage(2020, LogLevel.Error, "Could not store report {ContentHash}")]
        public static partial void ReportFailed(ILogger logger, string contentHash, Exception exception);

        [LoggerMessage(2022, LogLevel.Information, "Report {ContentHash} met a row stored meanwhile; trying again")]
        public static partial void ReportRetried(ILogger logger, string contentHash);

        [LoggerMessage(2021, LogLevel.Error, "Ledger observer {Observer} failed")]
        public static partial void ObserverFailed(ILogger logger, string observer, Exception exception);
    }
}

using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Dashboard.Web.Features.PhoneActivation;
using Dashboard.Web.Features.Triage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Reports;

/// <summary>Applies one report to the ledger: the row, its device, and the batch summaries.</summary>
/// <remarks>Counts change by increments only, so no list ever has to count devices.</remarks>
internal static class LedgerEntry
{
    public static async Task<IngestOutcome> ApplyAsync(
        DashboardDbContext db, PendingReport pending, ReportTriage triage, CancellationToken ct)
    {
        var report = pending.Report;
        var existing = await db.Reports.AsNoTracking().FirstOrDefaultAsync(
            stored => stored.DeviceSerial == report.DeviceSerial && stored.ContentHash == report.ContentHash, ct);
        if (existing is not null)
        {
            return new IngestOutcome(pending.Submission, existing, true, null);
        }

        var batch = await FindOrCreateBatchAsync(db, report.BatchId, report.ReceivedAt, ct);
        batch.ReportCount++;
        batch.LastReportAt = Later(batch.LastReportAt, report.ReceivedAt);

        var previous = await ReportTriage.PreviousStateAsync(db, report, ct);
        var registeredKeys = await triage.ApplyAsync(db, report, pending.Parsed, previous, ct);

        var device = await db.Devices.FindAsync([report.DeviceSerial], ct);
        if (device is null)
        {
            device = NewDevice(report);
            db.Devices.Add(device);
            batch.DeviceCount++;
            await ChangeCountAsync(db, batch.Id, device.State, +1, ct);
        }

        db.Reports.Add(report);
        await db.SaveChangesAsync(ct);

        device.ReportCount++;
        if (device.CurrentReportId is null || report.CapturedAt >= device.LastCapturedAt)
        {
            await MakeCurrentAsync(db, device, report, ct);
        }

        // The activations are recomputed from the stored reports, and this one is stored above; the
        // device's and counts' changes need no save of their own before that and go with the last one.
        await ActivationLedger.RecomputeAsync(db, device, registeredKeys, ct);
        await PhoneCaseTracker.OnReportAsync(
            db, device, report, pending.Parsed, report.ReceivedAt, pending.Submission.SubmittedBy, ct);
        await db.SaveChangesAsync(ct);

        return new IngestOutcome(pending.Submission, report, false, null);
    }

    private static async Task MakeCurrentAsync(
        DashboardDbContext db, Device device, Report report, CancellationToken ct)
    {
        if (device.BatchId != report.BatchId || device.State != report.State)
        {
            await ChangeCountAsync(db, device.BatchId, device.State, -1, ct);
            await ChangeCountAsync(db, report.BatchId, report.State, +1, ct);
        }

        if (device.BatchId != report.BatchId)
        {
            (await db.Batches.FindAsync([device.BatchId], ct))!.DeviceCount--;
            (await db.Batches.FindAsync([report.BatchId], ct))!.DeviceCount++;
        }

        device.BatchId = report.BatchId;
        device.Station = report.Station;
        device.State = report.State;
        device.StateReason = report.StateReason;
        device.StateAction = report.StateAction;
        device.CurrentReportId = report.Id;
        device.LastCapturedAt = report.CapturedAt;
        device.Edition = report.Edition;
        device.Channel = report.Channel;
        device.PartialProductKey = report.PartialProductKey;
        device.LicenseStatus = report.LicenseStatus;
    }

    private static Device NewDevice(Report report) => new()
    {
        Serial = report.DeviceSerial,
        BatchId = report.BatchId,
        State = report.State,
        FirstSeenAt = report.ReceivedAt,
        LastCapturedAt = report.CapturedAt,
    };

    private static async Task<Batch> FindOrCreateBatchAsync(
        DashboardDbContext db, string id, DateTime now, CancellationToken ct)
    {
        var batch = await db.Batches.FindAsync([id], ct);
        if (batch is null)
        {
            batch = new Batch { Id = id, CreatedAt = now, LastReportAt = now };
            db.Batches.Add(batch);
        }

        return batch;
    }

    internal static async Task ChangeCountAsync(
        DashboardDbContext db, string batchId, DeviceState state, int delta, CancellationToken ct)
    {
        var count = await db.BatchStateCounts.FindAsync([batchId, state], ct);
        if (count is null)
        {
            count = new BatchStateCount { BatchId = batchId, State = state };
            db.BatchStateCounts.Add(count);
        }

        count.Count += delta;
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;
}

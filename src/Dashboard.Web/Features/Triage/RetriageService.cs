using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Dashboard.Web.Features.PhoneActivation;
using Dashboard.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Triage;

/// <summary>
/// Classifies devices again when what triage depends on changes (keys, a batch's expected key), keeping batch
/// counts, activations and phone cases exact. Every report of a device is redone, not just the current one,
/// because activations are counted from the whole history.
/// </summary>
public sealed partial class RetriageService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    ReportTriage triage,
    KnownKeysCache keys,
    LedgerGate gate,
    TimeProvider clock,
    ILogger<RetriageService> logger)
{
    private const int DevicesPerSave = 200;

    /// <summary>Redoes every device; <paramref name="batchId"/> limits it to one batch. Answers the count.</summary>
    public async Task<int> RetriageAsync(string? batchId, CancellationToken ct)
    {
        keys.Invalidate();
        using var entered = await gate.EnterAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var serials = await db.Devices.AsNoTracking()
            .Where(device => batchId == null || device.BatchId == batchId)
            .OrderBy(device => device.Serial).Select(device => device.Serial).ToListAsync(ct);

        foreach (var chunk in serials.Chunk(DevicesPerSave))
        {
            // Counts are read and changed in one transaction that holds the gate on every instance, so a
            // report stored meanwhile on another instance cannot slip between the read and the write.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await LedgerGate.HoldAcrossInstancesAsync(db, ct);
            foreach (var serial in chunk)
            {
                await RetriageDeviceAsync(db, serial, ct);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }

        Log.Retriaged(logger, serials.Count, batchId ?? "(all)");

        return serials.Count;
    }

    private async Task RetriageDeviceAsync(DashboardDbContext db, string serial, CancellationToken ct)
    {
        var device = await db.Devices.FirstAsync(d => d.Serial == serial, ct);
        var reports = await db.Reports.Where(report => report.DeviceSerial == serial)
            .OrderBy(report => report.CapturedAt).ThenBy(report => report.Id).ToListAsync(ct);
        DeviceState? previous = null;
        ParsedReport? currentParsed = null;
        IReadOnlySet<string> registeredKeys = new HashSet<string>();
        foreach (var report in reports)
        {
            var parsed = ReportParser.Parse(report.RedactedText);
            registeredKeys = await triage.ApplyAsync(db, report, parsed, previous, ct);
            previous = report.State;
            currentParsed = report.Id == device.CurrentReportId ? parsed : currentParsed;
        }

        var current = reports.Find(report => report.Id == device.CurrentReportId);
        if (current is null || currentParsed is null)
        {
            return;
        }

        await ApplyCurrentAsync(db, device, current, ct);
        await db.SaveChangesAsync(ct);
        await ActivationLedger.RecomputeAsync(db, device, registeredKeys, ct);
        await PhoneCaseTracker.OnReportAsync(
            db, device, current, currentParsed, clock.GetUtcNow().UtcDateTime, sender: null, ct);
    }

    private static async Task ApplyCurrentAsync(DashboardDbContext db, Device device, Report current, CancellationToken ct)
    {
        if (device.State != current.State)
        {
            await LedgerEntry.ChangeCountAsync(db, device.BatchId, device.State, -1, ct);
            await LedgerEntry.ChangeCountAsync(db, device.BatchId, current.State, +1, ct);
        }

        device.State = current.State;
        device.StateReason = current.StateReason;
        device.StateAction = current.StateAction;
    }

    private static partial class Log
    {
        [LoggerMessage(4001, LogLevel.Information, "Classified {Count} devices again for batch {Batch}")]
        public static partial void Retriaged(ILogger logger, int count, string batch);
    }
}

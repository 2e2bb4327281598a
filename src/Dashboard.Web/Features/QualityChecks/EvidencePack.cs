using System.Runtime.CompilerServices;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.QualityChecks;

/// <summary>One device's line of a batch's evidence pack: partial key only, never a full key.</summary>
public sealed record EvidenceRow(
    string Serial,
    string? PartialProductKey,
    DeviceState State,
    string? Channel,
    DateTime LastReportAt,
    string? ReportHash,
    SpotCheckResult? SpotCheckResult,
    string? Discrepancy);

/// <summary>What a customer or an auditor gets per batch: every device, the spot check and the verdict.</summary>
public sealed class EvidencePack(IDbContextFactory<DashboardDbContext> dbFactory, ReadinessService readiness)
{
    public Task<BatchReadiness?> VerdictAsync(string batchId, CancellationToken ct) =>
        readiness.GetAsync(batchId, ct);

    /// <summary>The batch's devices in serial order, streamed so a large batch is not held in memory.</summary>
    public async IAsyncEnumerable<EvidenceRow> RowsAsync(
        string batchId, long? spotCheckId, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sampled = await db.SpotCheckItems.AsNoTracking().Where(i => i.SpotCheckId == spotCheckId)
            .ToDictionaryAsync(i => i.DeviceSerial, ct);
        var rows = from d in db.Devices.AsNoTracking()
                   where d.BatchId == batchId
                   join r in db.Reports.AsNoTracking() on d.CurrentReportId equals r.Id into current
                   from r in current.DefaultIfEmpty()
                   orderby d.Serial
                   select new
                   {
                       d.Serial,
                       d.PartialProductKey,
                       d.State,
                       d.Channel,
                       d.LastCapturedAt,
                       Hash = r.ContentHash,
                   };

        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var item = sampled.GetValueOrDefault(row.Serial);
            yield return new(row.Serial, row.PartialProductKey, row.State, row.Channel, row.LastCapturedAt, row.Hash,
                item?.Result, item?.Discrepancy);
        }
    }
}

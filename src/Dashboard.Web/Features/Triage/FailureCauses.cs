using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Triage;

/// <summary>
/// Why devices fail, counted per reason, most frequent first. Devices activated or waiting out their grace
/// period with no failure seen are not failures, so they are left out.
/// </summary>
public sealed class FailureCauses(IDbContextFactory<DashboardDbContext> dbFactory)
{
    /// <summary>Causes per batch; <paramref name="batchId"/> limits it to one batch.</summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<FailureCause>>> ByBatchAsync(
        string? batchId, CancellationToken ct) =>
        batchId is null ? CountAsync(device => true, ct) : CountAsync(device => device.BatchId == batchId, ct);

    /// <summary>Causes for the given batches only, e.g. the ones a page shows, looked up by batch.</summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<FailureCause>>> ForBatchesAsync(
        IReadOnlyCollection<string> batchIds, CancellationToken ct) =>
        CountAsync(device => batchIds.Contains(device.BatchId), ct);

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<FailureCause>>> CountAsync(
        System.Linq.Expressions.Expression<Func<Device, bool>> inScope, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Devices.AsNoTracking()
            .Where(inScope)
            .Where(device => device.State != DeviceState.Activated
                && device.State != DeviceState.AwaitingActivation)
            .GroupBy(device => new { device.BatchId, device.State, device.StateReason })
            .Select(group => new { group.Key.BatchId, group.Key.State, group.Key.StateReason, Count = group.Count() })
            .ToListAsync(ct);

        return rows.GroupBy(row => row.BatchId).ToDictionary(
            batch => batch.Key,
            batch => (IReadOnlyList<FailureCause>)[.. batch
                .Select(row => new FailureCause(row.State, row.StateReason ?? "No reason recorded.", row.Count))
                .OrderByDescending(cause => cause.Devices).ThenBy(cause => cause.Reason)]);
    }
}

/// <summary>How many devices are held up for one reason.</summary>
public sealed record FailureCause(DeviceState State, string Reason, int Devices);

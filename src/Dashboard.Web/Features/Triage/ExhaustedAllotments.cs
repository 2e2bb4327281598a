using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Triage;

/// <summary>Keys the activation server has called used up, with the batches whose devices it refused.</summary>
public sealed class ExhaustedAllotments(IDbContextFactory<DashboardDbContext> dbFactory)
{
    /// <summary>Every key with at least one device in <see cref="DeviceState.AllotmentExhausted"/>.</summary>
    /// <remarks>The batch summaries say which batches to look in, so no query scans the whole fleet.</remarks>
    public async Task<IReadOnlyList<ExhaustedKey>> FindAsync(string? batchId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var batches = await db.BatchStateCounts.AsNoTracking()
            .Where(count => count.State == DeviceState.AllotmentExhausted && count.Count > 0)
            .Where(count => batchId == null || count.BatchId == batchId)
            .Select(count => count.BatchId)
            .ToListAsync(ct);
        if (batches.Count == 0)
        {
            return [];
        }

        var devices = await db.Devices.AsNoTracking()
            .Where(device => batches.Contains(device.BatchId) && device.State == DeviceState.AllotmentExhausted)
            .Select(device => new { device.PartialProductKey, device.BatchId })
            .ToListAsync(ct);

        return [.. devices
            .GroupBy(device => device.PartialProductKey)
            .Select(key => new ExhaustedKey(
                key.Key, key.Count(), [.. key.Select(device => device.BatchId).Distinct().Order()]))
            .OrderByDescending(key => key.Devices)];
    }
}

/// <summary>A key the server refused for lack of activations; <paramref name="PartialProductKey"/> null when unread.</summary>
public sealed record ExhaustedKey(string? PartialProductKey, int Devices, IReadOnlyList<string> Batches);

using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Batches;

/// <summary>
/// Reads batches for the pages (<see cref="BatchSettings"/> changes them). Counts come from the summaries
/// ingestion keeps current.
/// </summary>
public sealed class BatchQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public async Task<IReadOnlyList<BatchSummary>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var batches = await db.Batches.AsNoTracking()
            .Include(batch => batch.StateCounts)
            .OrderByDescending(batch => batch.LastReportAt)
            .ThenBy(batch => batch.Id)
            .ToListAsync(ct);

        return [.. batches.Select(ToSummary)];
    }

    public async Task<BatchSummary?> GetAsync(string id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var batch = await db.Batches.AsNoTracking()
            .Include(b => b.StateCounts)
            .FirstOrDefaultAsync(b => b.Id == id, ct);

        return batch is null ? null : ToSummary(batch);
    }

    /// <summary>Batch ids starting with <paramref name="prefix"/>, newest activity first, for pickers.</summary>
    public async Task<IReadOnlyList<string>> FindIdsAsync(string? prefix, int limit, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Batches.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(prefix))
        {
            var trimmed = prefix.Trim();
            query = query.Where(batch => batch.Id.StartsWith(trimmed));
        }

        return await query.OrderByDescending(batch => batch.LastReportAt)
            .Select(batch => batch.Id)
            .Take(limit)
            .ToListAsync(ct);
    }

    /// <summary>How many of the batch's devices activated more than once, each time spending the allotment.</summary>
    public async Task<int> RepeatActivatedAsync(string id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        return await db.Devices.CountAsync(device => device.BatchId == id && device.ActivationCount > 1, ct);
    }

    private static BatchSummary ToSummary(Batch batch)
    {
        var states = batch.StateCounts
            .Where(count => count.Count > 0)
            .ToDictionary(count => count.State, count => count.Count);

        return new BatchSummary(
            batch.Id, batch.Name, batch.PlannedQuantity, batch.Notes, batch.DeviceCount, batch.ReportCount,
            batch.CreatedAt, batch.LastReportAt, states, batch.ExpectedKeyId);
    }

    /// <summary>Adds up per-state counts across batches.</summary>
    public static IReadOnlyDictionary<DeviceState, int> Total(IEnumerable<BatchSummary> batches) =>
        batches.SelectMany(batch => batch.States)
            .GroupBy(pair => pair.Key)
            .ToDictionary(group => group.Key, group => group.Sum(pair => pair.Value));
}

using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.QualityChecks;

/// <summary>Reads spot checks for the API and the pages.</summary>
public sealed class SpotCheckQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public async Task<SpotCheckView?> GetAsync(long id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var check = await db.SpotChecks.AsNoTracking().Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == id, ct);

        return check is null ? null : SpotCheckView.From(check);
    }

    /// <summary>What the reports say about each device of a spot check, by serial.</summary>
    public async Task<IReadOnlyDictionary<string, SampledDevice>> DevicesAsync(long id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var serials = db.SpotCheckItems.Where(i => i.SpotCheckId == id).Select(i => i.DeviceSerial);

        return await db.Devices.AsNoTracking().Where(d => serials.Contains(d.Serial))
            .Select(d => new SampledDevice(d.Serial, d.Station, d.State, d.PartialProductKey, d.Edition, d.Channel))
            .ToDictionaryAsync(d => d.Serial, StringComparer.OrdinalIgnoreCase, ct);
    }

    /// <summary>The readiness verdict of each of the given batches, for the overview.</summary>
    public async Task<IReadOnlyDictionary<string, string>> VerdictsAsync(
        IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var batches = await db.Batches.AsNoTracking().Include(b => b.StateCounts).Where(b => ids.Contains(b.Id))
            .ToListAsync(ct);
        var checks = await db.SpotChecks.AsNoTracking().Include(c => c.Items).Where(c => ids.Contains(c.BatchId))
            .ToListAsync(ct);
        var latest = checks.GroupBy(c => c.BatchId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).First());
        var cases = await db.PhoneCases.AsNoTracking().Where(c => ids.Contains(c.BatchId) && c.ClosedAt == null)
            .GroupBy(c => c.BatchId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        return batches.ToDictionary(b => b.Id, b => ReadinessRules.Decide(
            b, latest.GetValueOrDefault(b.Id), cases.GetValueOrDefault(b.Id)).Verdict);
    }
}

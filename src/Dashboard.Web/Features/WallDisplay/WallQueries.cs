using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.WallDisplay;

/// <summary>Reads the batches for the wall from the summaries ingestion keeps current.</summary>
public sealed class WallQueries(IDbContextFactory<DashboardDbContext> dbFactory, IOptions<WallOptions> options)
{
    /// <summary>The chosen batches in the order given (a batch without reports yet shown empty), or else
    /// the batches with the newest reports; a batch planned ahead joins those with its first report.</summary>
    public async Task<IReadOnlyList<WallBatch>> LoadAsync(IReadOnlyList<string> chosen, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Batches.AsNoTracking().Include(batch => batch.StateCounts);
        if (chosen.Count == 0)
        {
            var newest = await query.Where(batch => batch.ReportCount > 0)
                .OrderByDescending(batch => batch.LastReportAt)
                .ThenBy(batch => batch.Id)
                .Take(options.Value.MaxBatches)
                .ToListAsync(ct);

            return [.. newest.Select(ToWall)];
        }

        var found = await query.Where(batch => chosen.Contains(batch.Id)).ToDictionaryAsync(batch => batch.Id, ct);

        return [.. chosen.Select(id => found.TryGetValue(id, out var batch) ? ToWall(batch) : Empty(id))];
    }

    private static WallBatch ToWall(Batch batch) => new(
        batch.Id,
        batch.Name,
        batch.PlannedQuantity,
        batch.DeviceCount,
        batch.StateCounts.Where(count => count.Count > 0).ToDictionary(count => count.State, count => count.Count),
        batch.LastReportIfAny);

    private static WallBatch Empty(string id) =>
        new(id, null, null, 0, new Dictionary<Core.Triage.DeviceState, int>(), null);
}

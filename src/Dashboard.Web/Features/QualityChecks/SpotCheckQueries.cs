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
}

using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Triage;

/// <summary>
/// The registered keys' partial keys by id, read again whenever the set of keys changed. Keys are only ever
/// added, so their count and highest id tell a stale copy; that look costs one small query, which also
/// catches a key registered by another instance on the same database.
/// </summary>
public sealed class KnownKeysCache
{
    private volatile KnownKeys? _keys;

    public async Task<KnownKeys> GetAsync(DashboardDbContext db, CancellationToken ct)
    {
        var stamp = await db.EpkeaKeys.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(keys => new KeySetStamp(keys.Count(), keys.Max(key => key.Id)))
            .SingleOrDefaultAsync(ct) ?? new KeySetStamp(0, 0);
        var keys = _keys;
        if (keys is not null && keys.Stamp == stamp)
        {
            return keys;
        }

        var rows = await db.EpkeaKeys.AsNoTracking()
            .Select(key => new { key.Id, key.PartialProductKey })
            .ToListAsync(ct);
        keys = new KnownKeys(rows.ToDictionary(row => row.Id, row => row.PartialProductKey), stamp);
        _keys = keys;

        return keys;
    }

    public void Invalidate() => _keys = null;
}

/// <summary>How many keys there are and the newest one's id.</summary>
public sealed record KeySetStamp(int Count, int MaxId);

/// <summary>The partial key of every registered key, by the key's id.</summary>
public sealed record KnownKeys(IReadOnlyDictionary<int, string> ById, KeySetStamp Stamp)
{
    public IReadOnlySet<string> Partials { get; } = ById.Values.ToHashSet(StringComparer.Ordinal);
}

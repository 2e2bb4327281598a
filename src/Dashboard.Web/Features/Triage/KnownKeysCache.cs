using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Triage;

/// <summary>The registered keys' partial keys by id, read once and dropped whenever keys change.</summary>
// TODO: only the instance that registers a key drops its copy; other instances on the same PostgreSQL
// database classify with the old list until they restart. Tell them, e.g. over the Redis change relay.
public sealed class KnownKeysCache
{
    private volatile KnownKeys? _keys;

    public async Task<KnownKeys> GetAsync(DashboardDbContext db, CancellationToken ct)
    {
        var keys = _keys;
        if (keys is not null)
        {
            return keys;
        }

        var rows = await db.EpkeaKeys.AsNoTracking()
            .Select(key => new { key.Id, key.PartialProductKey })
            .ToListAsync(ct);
        keys = new KnownKeys(rows.ToDictionary(row => row.Id, row => row.PartialProductKey));
        _keys = keys;

        return keys;
    }

    public void Invalidate() => _keys = null;
}

/// <summary>The partial key of every registered key, by the key's id.</summary>
public sealed record KnownKeys(IReadOnlyDictionary<int, string> ById)
{
    public IReadOnlySet<string> Partials { get; } = ById.Values.ToHashSet(StringComparer.Ordinal);
}

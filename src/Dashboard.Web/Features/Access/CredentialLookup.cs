using System.Collections.Concurrent;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// Finds the credential a machine's secret belongs to, and notes when each was last used. A revoked
/// credential is refused on its next request: nothing is cached.
/// </summary>
public sealed class CredentialLookup(IDbContextFactory<DashboardDbContext> dbFactory, TimeProvider clock)
{
    // A station sends many reports a minute; the last use is written at most once a minute per key.
    private static readonly TimeSpan s_touchInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<int, DateTime> _lastTouched = new();

    public async Task<MachineCredential?> FindActiveAsync(CredentialKind kind, string secret, CancellationToken ct)
    {
        if (secret.Length is 0 or > 512)
        {
            return null;
        }

        var hash = CredentialSecrets.Hash(secret);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var credential = await db.MachineCredentials.AsNoTracking()
            .SingleOrDefaultAsync(c => c.SecretHash == hash && c.Kind == kind && c.RevokedAt == null, ct);
        if (credential is not null)
        {
            await TouchAsync(db, credential.Id, ct);
        }

        return credential;
    }

    /// <summary>True while the credential exists and is not revoked (a wall's cookie is checked this way).</summary>
    public async Task<bool> IsActiveAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        return await db.MachineCredentials.AnyAsync(c => c.Id == id && c.RevokedAt == null, ct);
    }

    private async Task TouchAsync(DashboardDbContext db, int id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_lastTouched.TryGetValue(id, out var last) && now - last < s_touchInterval)
        {
            return;
        }

        _lastTouched[id] = now;
        await db.MachineCredentials.Where(c => c.Id == id)
            .ExecuteUpdateAsync(update => update.SetProperty(c => c.LastUsedAt, now), ct);
    }
}

using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Triage;

/// <summary>
/// Lets one writer at a time change devices and batch counts: the report writer and re-triage both adjust
/// counts by increments, and two of them interleaved would lose updates.
/// </summary>
public sealed class LedgerGate : IDisposable
{
    // Any fixed number will do, as long as every instance uses the same one; this is "Ledger" in ASCII.
    private const string PostgresLock = "SELECT pg_advisory_xact_lock(83998359905650)";

    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _semaphore.WaitAsync(ct);

        return new Release(_semaphore);
    }

    /// <summary>
    /// Extends the gate to every instance on the database until <paramref name="db"/>'s transaction ends.
    /// A SQLite transaction takes the file's write lock as it begins, so only PostgreSQL needs more: there
    /// several instances write at once, and they queue here on an advisory lock.
    /// </summary>
    public static async Task HoldAcrossInstancesAsync(DashboardDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(PostgresLock, ct);
        }
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}

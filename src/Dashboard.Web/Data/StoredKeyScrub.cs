using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dashboard.Web.Data;

/// <summary>
/// Masks the product keys that rows written by an earlier version hold in forms that version did not yet
/// recognise. The guard on every save masks them only in rows that are saved again; this goes through every
/// stored row once, when a migration named <see cref="MigrationName"/> is applied to a database that
/// already held data.
/// </summary>
internal static partial class StoredKeyScrub
{
    /// <summary>The name of the (schema-free) migrations that mark a change in what counts as a product key.</summary>
    public const string MigrationName = "RedactStoredKeys";

    private const int BatchSize = 500;

    public static bool IsDueAfter(IEnumerable<string> appliedBefore, IEnumerable<string> pending) =>
        appliedBefore.Any() && pending.Any(id => id.EndsWith("_" + MigrationName, StringComparison.Ordinal));

    /// <summary>Masks every product key stored in text; returns how many rows changed.</summary>
    public static async Task<int> RunAsync(
        IDbContextFactory<DashboardDbContext> factory, ILogger logger, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var scrubType = typeof(StoredKeyScrub).GetMethod(
            nameof(ScrubTypeAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var changed = 0;
        foreach (var entityType in db.Model.GetEntityTypes().Where(IsScrubbed))
        {
            var texts = entityType.GetProperties()
                .Where(p => p.ClrType == typeof(string) && p.PropertyInfo is not null)
                .Where(p => !ProductKeyGuardInterceptor.IsOpaque(entityType.ClrType, p.Name))
                .ToList();
            if (texts.Count == 0)
            {
                continue;
            }

            var scrub = (Task<int>)scrubType.MakeGenericMethod(entityType.ClrType)
                .Invoke(null, [factory, texts, logger, ct])!;
            changed += await scrub;
        }

        // An updated row leaves its old text in free pages and the write-ahead log until they are reused:
        // VACUUM rewrites the file without them, and the checkpoint empties the log.
        if (changed > 0 && db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM;", ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }

        Log.Finished(logger, changed);

        return changed;
    }

    // Shared-type entities (property bags) have no CLR properties to read; owned ones go with their owner.
    private static bool IsScrubbed(IEntityType type) =>
        type.BaseType is null && !type.IsOwned() && !type.HasSharedClrType && type.FindPrimaryKey() is not null;

    private static async Task<int> ScrubTypeAsync<T>(
        IDbContextFactory<DashboardDbContext> factory, List<IProperty> texts, ILogger logger, CancellationToken ct)
        where T : class
    {
        await using var read = await factory.CreateDbContextAsync(ct);
        var pending = new List<(T Row, List<(IProperty Property, string Masked)> Changes)>();
        var (changed, identifying) = (0, 0);
        await foreach (var row in read.Set<T>().AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            var changes = new List<(IProperty, string)>();
            foreach (var property in texts)
            {
                if (property.PropertyInfo!.GetValue(row) is not string text)
                {
                    continue;
                }

                var (masked, count) = ProductKeyGuardInterceptor.Redact(text);
                if (count == 0)
                {
                    continue;
                }

                if (property.IsKey() || property.IsForeignKey())
                {
                    identifying++;
                }
                else
                {
                    changes.Add((property, masked));
                }
            }

            if (changes.Count > 0)
            {
                pending.Add((row, changes));
            }

            if (pending.Count == BatchSize)
            {
                changed += await SaveAsync(factory, pending, ct);
            }
        }

        changed += await SaveAsync(factory, pending, ct);
        if (changed > 0)
        {
            Log.Masked(logger, typeof(T).Name, changed);
        }

        if (identifying > 0)
        {
            Log.IdentifiedByKey(logger, typeof(T).Name, identifying);
        }

        return changed;
    }

    private static async Task<int> SaveAsync<T>(
        IDbContextFactory<DashboardDbContext> factory,
        List<(T Row, List<(IProperty Property, string Masked)> Changes)> pending,
        CancellationToken ct)
        where T : class
    {
        if (pending.Count == 0)
        {
            return 0;
        }

        await using var write = await factory.CreateDbContextAsync(ct);
        foreach (var (row, changes) in pending)
        {
            var entry = write.Attach(row);
            foreach (var (property, masked) in changes)
            {
                entry.Property(property.Name).CurrentValue = masked;
            }
        }

        await write.SaveChangesAsync(ct);
        var count = pending.Count;
        pending.Clear();

        return count;
    }

    private static partial class Log
    {
        [LoggerMessage(1201, LogLevel.Warning,
            "Masked product keys an earlier version stored in {Rows} rows of {Entity}")]
        public static partial void Masked(ILogger logger, string entity, int rows);

        [LoggerMessage(1202, LogLevel.Warning,
            "{Rows} rows of {Entity} are identified by text that holds a product key; an identifier cannot be "
            + "masked without losing the row, so delete them if they were sent by mistake")]
        public static partial void IdentifiedByKey(ILogger logger, string entity, int rows);

        [LoggerMessage(1203, LogLevel.Information, "Stored text checked for product keys: {Rows} rows masked")]
        public static partial void Finished(ILogger logger, int rows);
    }
}

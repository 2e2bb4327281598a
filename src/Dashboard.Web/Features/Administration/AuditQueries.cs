using System.Runtime.CompilerServices;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Administration;

/// <summary>What to show of the audit log; every part is optional.</summary>
/// <param name="Action">An action (<c>user.locked</c>) or a family (<c>user</c>: every <c>user.*</c>).</param>
/// <param name="Actor">Who acted, as the log names them; letter case does not matter.</param>
/// <param name="From">Entries at or after this time (UTC).</param>
/// <param name="To">Entries before this time (UTC).</param>
public sealed record AuditFilter(
    string? Action = null, string? Actor = null, DateTime? From = null, DateTime? To = null);

public sealed record AuditEntryView(long Id, DateTime At, string Actor, string Action, string Target, string? Details);

/// <summary>A page of entries, newest first; <paramref name="Next"/> is the <c>before</c> of the next page.</summary>
public sealed record AuditEntryPage(IReadOnlyList<AuditEntryView> Entries, long? Next);

/// <summary>Reads the audit log newest first. Entries are only ever added, so ids order them as time does.</summary>
public sealed class AuditQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public const int MaxLimit = 1000;

    /// <summary>A page by key: the entries older than <paramref name="before"/>, however long the log grows.</summary>
    public async Task<AuditEntryPage> PageAsync(AuditFilter filter, long? before, int limit, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await Select(db, filter, before).Take(limit + 1).ToListAsync(ct);
        var entries = rows.Take(limit).ToList();

        return new AuditEntryPage(entries, rows.Count > limit ? entries[^1].Id : null);
    }

    /// <summary>A page by number, with the count of all matching entries, for the page's grid.</summary>
    public async Task<(IReadOnlyList<AuditEntryView> Entries, int Total)> SliceAsync(
        AuditFilter filter, int skip, int take, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var matching = Select(db, filter, before: null);
        var total = await matching.CountAsync(ct);
        var entries = await matching.Skip(skip).Take(take).ToListAsync(ct);

        return (entries, total);
    }

    /// <summary>Every matching entry, read as it is written out: exporting the whole log takes little memory.</summary>
    public async IAsyncEnumerable<AuditEntryView> StreamAsync(
        AuditFilter filter, long? before, int? limit, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Select(db, filter, before);
        var limited = limit is { } take ? query.Take(take) : query;
        await foreach (var entry in limited.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return entry;
        }
    }

    /// <summary>The actions and actors in the log, for the page's filter lists.</summary>
    public async Task<(IReadOnlyList<string> Actions, IReadOnlyList<string> Actors)> ChoicesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var actions = await db.AuditLog.Select(entry => entry.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
        var actors = await db.AuditLog.Select(entry => entry.Actor).Distinct().OrderBy(a => a).ToListAsync(ct);

        return (actions, actors);
    }

    private static IQueryable<AuditEntryView> Select(DashboardDbContext db, AuditFilter filter, long? before) =>
        Filter(db.AuditLog.AsNoTracking(), filter)
            .Where(entry => before == null || entry.Id < before)
            .OrderByDescending(entry => entry.Id)
            .Select(e => new AuditEntryView(e.Id, e.At, e.Actor, e.Action, e.Target, e.Details));

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditFilter filter)
    {
        if (filter.Action?.Trim().TrimEnd('.', '*') is { Length: > 0 } action)
        {
            var family = action + ".";
            entries = entries.Where(entry => entry.Action == action || entry.Action.StartsWith(family));
        }

        if (filter.Actor?.Trim() is { Length: > 0 } actor)
        {
            var lower = actor.ToLowerInvariant();
            entries = entries.Where(entry => entry.Actor.ToLower() == lower);
        }

        if (filter.From is { } from)
        {
            entries = entries.Where(entry => entry.At >= from);
        }

        return filter.To is { } to ? entries.Where(entry => entry.At < to) : entries;
    }
}

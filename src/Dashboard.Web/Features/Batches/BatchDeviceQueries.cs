using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Batches;

/// <summary>Pages through a batch's devices by key, and streams them all for export.</summary>
public sealed class BatchDeviceQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public const int MaxPageSize = 500;

    /// <summary>The page after <paramref name="after"/> (the first page when null).</summary>
    public async Task<DeviceRowPage> PageAsync(
        string batchId, DeviceFilter filter, DeviceSort sort, DeviceRow? after, int pageSize, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var query = Filter(db.Devices.AsNoTracking().Where(d => d.BatchId == batchId), filter);
        if (after is not null)
        {
            query = DeviceKeyset.After(query, sort, after);
        }

        // One row more than asked tells whether a next page exists without counting the rest.
        var rows = await Project(DeviceKeyset.Order(query, sort)).Take(size + 1).ToListAsync(ct);

        return new DeviceRowPage(rows.Take(size).ToList(), rows.Count > size);
    }

    /// <summary>Every device of the batch by serial, read as a stream so memory stays flat.</summary>
    public async IAsyncEnumerable<DeviceRow> StreamAsync(
        string batchId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Devices.AsNoTracking().Where(d => d.BatchId == batchId).OrderBy(d => d.Serial);

        await foreach (var row in Project(query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<Device> Filter(IQueryable<Device> query, DeviceFilter filter)
    {
        if (filter.State is { } state)
        {
            query = query.Where(d => d.State == state);
        }

        if (Text(filter.Serial) is { } serial)
        {
            query = query.Where(d => d.Serial.Contains(serial));
        }

        if (Text(filter.Edition) is { } edition)
        {
            query = query.Where(d => d.Edition != null && d.Edition.Contains(edition));
        }

        if (Text(filter.Channel) is { } channel)
        {
            query = query.Where(d => d.Channel != null && d.Channel.Contains(channel));
        }

        if (Text(filter.PartialProductKey) is { } key)
        {
            var upper = key.ToUpperInvariant();
            query = query.Where(d => d.PartialProductKey == upper);
        }

        return FilterTime(query, filter);
    }

    private static IQueryable<Device> FilterTime(IQueryable<Device> query, DeviceFilter filter)
    {
        if (filter.CapturedFrom is { } from)
        {
            query = query.Where(d => d.LastCapturedAt >= from);
        }

        if (filter.CapturedTo is { } to)
        {
            query = query.Where(d => d.LastCapturedAt < to);
        }

        return query;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IQueryable<DeviceRow> Project(IQueryable<Device> query) =>
        query.Select(d => new DeviceRow(
            d.Serial, d.State, d.StateReason, d.Edition, d.Channel, d.PartialProductKey,
            d.LicenseStatus, d.LastCapturedAt, d.ReportCount, d.Station));
}

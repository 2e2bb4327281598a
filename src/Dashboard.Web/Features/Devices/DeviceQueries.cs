using System.Text.Json;
using Dashboard.Core.Parsing;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Devices;

/// <summary>Reads one device and its reports for the device page.</summary>
public sealed class DeviceQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    /// <summary>How many reports the page shows; a device that reports every hour for years stays readable.</summary>
    public const int ReportLimit = 100;

    public async Task<DeviceDetails?> GetAsync(string serial, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var device = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Serial == serial, ct);
        if (device is null)
        {
            return null;
        }

        var reports = await db.Reports.AsNoTracking()
            .Where(report => report.DeviceSerial == serial)
            .OrderByDescending(report => report.CapturedAt)
            .ThenByDescending(report => report.Id)
            .Take(ReportLimit)
            .ToListAsync(ct);

        return new DeviceDetails(
            device.Serial, device.BatchId, device.Station, device.State, device.StateReason, device.StateAction,
            device.FirstSeenAt, device.LastCapturedAt, device.ReportCount, [.. reports.Select(ToView)]);
    }

    private static ReportView ToView(Report report) => new(
        report.Id, report.CapturedAt, report.ReceivedAt, report.Station, report.SourceName, report.BatchId,
        report.State, report.StateReason, report.StateAction, report.Encoding, report.Language, report.RedactedKeys,
        ReadParsed(report.ParsedJson), report.RedactedText);

    private static ParsedReport? ReadParsed(string json)
    {
        try
        {
            return ReportJson.Deserialize(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using Dashboard.Web.Api;
using Dashboard.Web.Api.Contracts;
using Dashboard.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Dashboard.Web.Features.Access;

namespace Dashboard.Web.Features.Devices;

/// <summary>One device with its current state and its reports.</summary>
public static class DevicesApi
{
    // A device is captured a handful of times; the cap only guards against a runaway station.
    private const int MaxReports = 500;

    public static void MapDevicesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/devices/{serial}", GetDeviceAsync).WithName("GetDevice")
            .RequireAuthorization(AccessPolicies.Read)
            .WithSummary("The device's current state and its reports, newest capture first");
    }

    internal static async Task<Results<Ok<DeviceResponse>, ProblemHttpResult>> GetDeviceAsync(
        string serial, IDbContextFactory<DashboardDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var device = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Serial == serial, ct);
        if (device is null)
        {
            return ApiProblems.NotFound($"No device '{serial}'.");
        }

        var reports = await db.Reports.AsNoTracking()
            .Where(report => report.DeviceSerial == serial)
            .OrderByDescending(report => report.CapturedAt).ThenByDescending(report => report.Id)
            .Take(MaxReports)
            .ToListAsync(ct);

        return TypedResults.Ok(new DeviceResponse(
            device.Serial,
            device.BatchId,
            device.Station,
            device.State,
            device.StateReason,
            device.StateAction,
            device.Edition,
            device.Channel,
            device.PartialProductKey,
            device.LicenseStatus,
            device.FirstSeenAt,
            device.LastCapturedAt,
            [.. reports.Select(report => ReportResponse.From(report, duplicate: false, withText: true))]));
    }
}

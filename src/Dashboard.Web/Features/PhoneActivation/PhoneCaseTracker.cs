using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.PhoneActivation;

/// <summary>Opens, updates and closes a device's phone case as its reports arrive.</summary>
internal static class PhoneCaseTracker
{
    /// <summary>Applies one saved report; <paramref name="now"/> dates the case events.</summary>
    /// <param name="sender">Who sent the report, named in the audit entry when it closes a case.</param>
    public static async Task OnReportAsync(
        DashboardDbContext db, Device device, Report report, ParsedReport parsed, DateTime now, string? sender,
        CancellationToken ct)
    {
        var open = await db.PhoneCases
            .FirstOrDefaultAsync(c => c.DeviceSerial == device.Serial && c.ClosedAt == null, ct);
        if (open is not null && report.State == DeviceState.Activated && report.CapturedAt > open.OpenedAt)
        {
            Close(db, open, report, now, sender);
            return;
        }

        // Only the device's newest capture opens or updates a case: an older one arriving late says nothing new.
        if (report.Id != device.CurrentReportId || report.State != DeviceState.NeedsPhoneActivation)
        {
            return;
        }

        var installationId = parsed.Product?.InstallationId;
        if (open is null)
        {
            Open(db, device, report, parsed, now);
        }
        else if (installationId is not null && open.InstallationId is null)
        {
            open.InstallationId = installationId;
        }
        else if (installationId is not null && installationId != open.CurrentInstallationId)
        {
            open.LatestInstallationId = installationId;
            AddEvent(db, open, now, PhoneCaseEventKind.InstallationIdChanged,
                "A newer report shows a different Installation ID; a Confirmation ID issued for the old one "
                + "will not activate the device.");
        }
    }

    private static void Open(DashboardDbContext db, Device device, Report report, ParsedReport parsed, DateTime now)
    {
        var phoneCase = new PhoneCase
        {
            DeviceSerial = device.Serial,
            BatchId = report.BatchId,
            Station = report.Station,
            OpenedByReportId = report.Id,
            OpenedAt = report.CapturedAt,
            InstallationId = parsed.Product?.InstallationId,
            ActivationId = parsed.Product?.ActivationId,
            PartialProductKey = report.PartialProductKey,
            Edition = report.Edition,
        };
        db.PhoneCases.Add(phoneCase);
        AddEvent(db, phoneCase, now, PhoneCaseEventKind.Opened, report.StateReason);
    }

    private static void Close(DashboardDbContext db, PhoneCase phoneCase, Report report, DateTime now, string? sender)
    {
        phoneCase.ClosedAt = now;
        phoneCase.ClosedByReportId = report.Id;
        var detail =
            $"Report {report.Id} (captured {report.CapturedAt:yyyy-MM-dd HH:mm} UTC) shows the device activated.";
        AddEvent(db, phoneCase, now, PhoneCaseEventKind.Closed, detail);

        // The single writer has no request or circuit of its own, so the sender is named here.
        db.AuditLog.Add(new AuditEntry
        {
            At = now,
            Actor = sender ?? "system",
            Action = "phone-case.closed",
            Target = phoneCase.DeviceSerial,
            Details = $"case {phoneCase.Id}; {detail}",
        });
    }

    internal static void AddEvent(
        DashboardDbContext db, PhoneCase phoneCase, DateTime at, PhoneCaseEventKind kind, string? detail,
        string? actor = null)
    {
        var entry = new PhoneCaseEvent { At = at, Kind = kind, Detail = detail, Actor = actor };
        phoneCase.Events.Add(entry);
        if (db.Entry(phoneCase).State != EntityState.Added)
        {
            db.PhoneCaseEvents.Add(entry);
        }
    }
}

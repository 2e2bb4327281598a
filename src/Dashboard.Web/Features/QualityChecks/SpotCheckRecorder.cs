using System.Text;
using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.QualityChecks;

/// <summary>Records what QA found on a sampled device and keeps the spot check's status current.</summary>
public sealed partial class SpotCheckRecorder(
    IDbContextFactory<DashboardDbContext> dbFactory,
    IReportIngestor ingestor,
    IOptions<QualityChecksOptions> options,
    CurrentActor actor,
    AuditLog audit,
    TimeProvider clock,
    ILogger<SpotCheckRecorder> logger)
{
    public const int MaxNoteLength = 2000;

    public async Task<SpotCheckOutcome<SpotCheckView>> RecordAsync(
        long id, string serial, SpotCheckRecord record, CancellationToken ct)
    {
        record = record with { By = actor.NameOr(record.By) };
        if (Validate(record) is { } invalid)
        {
            return new(null, invalid.Field, invalid.Message);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var check = await db.SpotChecks.Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == id, ct);
        var item = check?.Items.FirstOrDefault(
            i => string.Equals(i.DeviceSerial, serial.Trim(), StringComparison.OrdinalIgnoreCase));
        if (check is null || item is null)
        {
            var shown = ProductKeyRedactor.Mask(serial);

            return new(null, "serial", $"Device '{shown}' is not in spot check {id}.", NotFound: true);
        }

        var device = await db.Devices.AsNoTracking().FirstAsync(d => d.Serial == item.DeviceSerial, ct);
        var ticks = record.Ticks?.Distinct().ToList() ?? [];
        var fresh = await CompareCaptureAsync(check, device, record.Capture, ct);
        if (fresh.Error is not null)
        {
            return new(null, "capture", fresh.Error);
        }

        if (fresh.Disagreement is not null)
        {
            ticks.Remove(CheckIds.FreshDli);
        }

        Apply(item, record, ticks, fresh, device);
        check.Status = StatusOf(check);
        audit.Record(db, "spot-check.recorded", item.DeviceSerial, new AuditDetails().Add("spotCheck", check.Id)
            .Add("batch", check.BatchId).Add("result", item.Result.ToString()).Add("by", item.CheckedBy).ToString());
        await db.SaveChangesAsync(ct);

        Log.ItemRecorded(logger, id, item.DeviceSerial, item.Result, item.Discrepancy is not null);

        return new(SpotCheckView.From(check));
    }

    private void Apply(
        SpotCheckItem item, SpotCheckRecord record, List<string> ticks, FreshCapture fresh, Device device)
    {
        item.Result = Enum.Parse<SpotCheckResult>(record.Result!, ignoreCase: true);
        item.Ticks = string.Join(',', ticks);
        item.Note = SpotCheckPlanner.Clean(record.Note);
        item.CheckedBy = SpotCheckPlanner.Clean(record.By);
        item.CheckedAt = clock.GetUtcNow().UtcDateTime;
        item.PhotoFileName = record.Photo ?? item.PhotoFileName;
        item.FreshReportId = fresh.ReportId ?? item.FreshReportId;
        item.Discrepancy = DiscrepancyOf(ticks, fresh.Disagreement, device);
    }

    /// <summary>QA saw a problem the report did not: a check not met while the report says all is fine.</summary>
    private string? DiscrepancyOf(List<string> ticks, string? disagreement, Device device)
    {
        var reportedFine = device.State is DeviceState.Activated or DeviceState.AwaitingActivation;
        var missed = options.Value.EffectiveChecks.Where(c => !ticks.Contains(c.Id)).Select(c => c.Label).ToList();
        if (!reportedFine || missed.Count == 0)
        {
            return disagreement;
        }

        var found = $"Not met: {string.Join("; ", missed)}; the last report says {device.State}.";

        return disagreement is null ? found : $"{found} {disagreement}";
    }

    internal static SpotCheckStatus StatusOf(SpotCheck check)
    {
        var failed = check.Items.Count(i => i.Result == SpotCheckResult.Fail);

        return failed >= check.Reject ? SpotCheckStatus.Rejected
            : check.Items.All(i => i.Result != SpotCheckResult.Pending) ? SpotCheckStatus.Accepted
            : SpotCheckStatus.Open;
    }

    private (string Field, string Message)? Validate(SpotCheckRecord record)
    {
        var known = options.Value.EffectiveChecks.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return record switch
        {
            { Result: not ("pass" or "fail" or "Pass" or "Fail") } => ("result", "The result must be pass or fail."),
            { By: var by } when string.IsNullOrWhiteSpace(by) || by.Length > 100 =>
                ("by", "Name who checked the device (1 to 100 characters)."),
            { Ticks: { } t } when t.FirstOrDefault(x => !known.Contains(x)) is { } unknown =>
                ("ticks", $"'{ProductKeyRedactor.Mask(unknown)}' is not a configured check; "
                    + $"known: {string.Join(", ", known)}."),
            { Note.Length: > MaxNoteLength } => ("note", $"A note may be at most {MaxNoteLength} characters."),
            { Note: { } note } when ProductKeyRedactor.ContainsKey(note) =>
                ("note", "The note contains a full product key; write only its last five characters."),
            { By: { } name } when ProductKeyRedactor.ContainsKey(name) =>
                ("by", "The name contains a full product key; write only your name."),
            _ => null,
        };
    }

    private sealed record FreshCapture(long? ReportId, string? Disagreement, string? Error);

    /// <summary>Stores a fresh capture like any report and compares it with what the dashboard last had.</summary>
    private async Task<FreshCapture> CompareCaptureAsync(
        SpotCheck check, Device before, string? capture, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(capture))
        {
            return new(null, null, null);
        }

        var submission = new ReportSubmission(before.Serial, check.BatchId, before.Station, clock.GetUtcNow(),
            Encoding.UTF8.GetBytes(capture), "spot-check-dli.txt")
        {
            SubmittedBy = actor.Name,
        };
        var outcome = await ingestor.IngestAsync(submission, ct);
        if (outcome.Report is not { } report)
        {
            return new(null, null, $"The capture could not be stored: {outcome.Error}");
        }

        var same = report.State == before.State && report.LicenseStatus == before.LicenseStatus
            && string.Equals(report.PartialProductKey, before.PartialProductKey, StringComparison.OrdinalIgnoreCase);

        var disagreement = same ? null
            : $"A fresh slmgr /dli shows {Reading(report.LicenseStatus, report.PartialProductKey)}; "
            + $"the last report said {Reading(before.LicenseStatus, before.PartialProductKey)}.";

        return new(report.Id, disagreement, null);
    }

    // A capture may lack either field (an unreadable one has neither); say so rather than print an empty gap.
    private static string Reading(LicenseStatus status, string? partialKey) =>
        $"{(status == LicenseStatus.Unknown ? "no license status" : status)} with "
        + (string.IsNullOrEmpty(partialKey) ? "no partial key" : $"key …{partialKey}");

    private static partial class Log
    {
        [LoggerMessage(7002, LogLevel.Information,
            "Spot check {Id}: device {Serial} recorded {Result}, discrepancy {Discrepancy}")]
        public static partial void ItemRecorded(
            ILogger logger, long id, string serial, SpotCheckResult result, bool discrepancy);
    }
}

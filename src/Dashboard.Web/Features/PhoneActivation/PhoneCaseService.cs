using Dashboard.Core.PhoneActivation;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.PhoneActivation;

/// <summary>The phone activation queue: listing cases and recording what operators do with them.</summary>
public sealed partial class PhoneCaseService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    TimeProvider clock,
    ILogger<PhoneCaseService> logger)
{
    public const int MaxNameLength = 100;
    public const int MaxNoteLength = 2000;

    /// <summary>Cases oldest first (open ones only unless the filter asks).</summary>
    public async Task<IReadOnlyList<PhoneCaseView>> ListAsync(PhoneCaseFilter filter, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.PhoneCases.AsNoTracking();
        query = filter.IncludeClosed ? query : query.Where(c => c.ClosedAt == null);
        if (!string.IsNullOrWhiteSpace(filter.Batch))
        {
            query = query.Where(c => c.BatchId == filter.Batch.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Station))
        {
            query = query.Where(c => c.Station == filter.Station.Trim());
        }

        if (filter.MinAgeHours is { } hours)
        {
            var before = clock.GetUtcNow().UtcDateTime.AddHours(-hours);
            query = query.Where(c => c.OpenedAt <= before);
        }

        var cases = await query.OrderBy(c => c.OpenedAt).ThenBy(c => c.Id).Take(1000).ToListAsync(ct);

        return [.. cases.Select(PhoneCaseView.From)];
    }

    public async Task<IReadOnlyList<PhoneCaseStep>> HistoryAsync(long id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        return await db.PhoneCaseEvents.AsNoTracking().Where(e => e.CaseId == id)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new PhoneCaseStep(e.At, e.Kind, e.Actor, e.Detail)).ToListAsync(ct);
    }

    public Task<PhoneCaseResult> ClaimAsync(long id, string? who, CancellationToken ct) =>
        ChangeAsync(id, who, ct, (db, c, name, now) =>
        {
            c.ClaimedBy = name;
            c.ClaimedAt = now;
            PhoneCaseTracker.AddEvent(db, c, now, PhoneCaseEventKind.Claimed, null, name);

            return null;
        });

    public Task<PhoneCaseResult> AddNoteAsync(long id, string? who, string? note, CancellationToken ct) =>
        ChangeAsync(id, who, ct, (db, c, name, now) =>
        {
            if (string.IsNullOrWhiteSpace(note) || note.Length > MaxNoteLength)
            {
                return $"Write what happened on the call (1 to {MaxNoteLength} characters).";
            }

            PhoneCaseTracker.AddEvent(db, c, now, PhoneCaseEventKind.CallNote, note.Trim(), name);

            return null;
        });

    /// <summary>Accepts a well-formed Confirmation ID for the case's current Installation ID.</summary>
    public Task<PhoneCaseResult> ConfirmAsync(long id, string? who, string? typed, CancellationToken ct) =>
        ChangeAsync(id, who, ct, (db, c, name, now) =>
        {
            var check = PhoneIds.CheckConfirmationId(typed);
            if (!check.IsValid)
            {
                return check.Error;
            }

            c.ConfirmationId = check.Digits;
            c.ConfirmationForInstallationId = c.CurrentInstallationId;
            PhoneCaseTracker.AddEvent(db, c, now, PhoneCaseEventKind.ConfirmationAccepted, check.Grouped, name);

            return null;
        });

    private async Task<PhoneCaseResult> ChangeAsync(
        long id, string? who, CancellationToken ct, Func<DashboardDbContext, PhoneCase, string, DateTime, string?> change)
    {
        var name = who?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            return PhoneCaseResult.Fail($"Give your name (1 to {MaxNameLength} characters) so the case shows who did it.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var phoneCase = await db.PhoneCases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (phoneCase is null)
        {
            return PhoneCaseResult.Fail($"There is no phone case {id}.");
        }

        if (phoneCase.ClosedAt is not null)
        {
            return PhoneCaseResult.Fail($"Case {id} is closed: the device has activated.");
        }

        var error = change(db, phoneCase, name, clock.GetUtcNow().UtcDateTime);
        if (error is not null)
        {
            return PhoneCaseResult.Fail(error);
        }

        await db.SaveChangesAsync(ct);
        Log.CaseChanged(logger, id, phoneCase.DeviceSerial);

        return new PhoneCaseResult(PhoneCaseView.From(phoneCase), null);
    }

    private static partial class Log
    {
        [LoggerMessage(4201, LogLevel.Information, "Phone case {CaseId} for device {Serial} changed")]
        public static partial void CaseChanged(ILogger logger, long caseId, string serial);
    }
}

/// <summary>The case after a change, or what was wrong.</summary>
public sealed record PhoneCaseResult(PhoneCaseView? Case, string? Error)
{
    public static PhoneCaseResult Fail(string error) => new(null, error);
}

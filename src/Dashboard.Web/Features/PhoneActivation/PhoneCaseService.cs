using Dashboard.Core.PhoneActivation;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.PhoneActivation;

/// <summary>
/// The phone activation queue: listing cases and recording what operators do with them. A signed-in
/// person always acts under their own user name, whatever name a request types, so a claim cannot be
/// made or used in a colleague's name; every step is written to the audit log with the case's device.
/// </summary>
public sealed partial class PhoneCaseService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    CurrentActor actor,
    AuditLog audit,
    TimeProvider clock,
    ActivationNotifier notifier,
    ILogger<PhoneCaseService> logger)
{
    public const int MaxNameLength = 100;
    public const int MaxNoteLength = 2000;

    /// <summary>The oldest age filter that makes sense (ten years, in hours).</summary>
    public const int MaxAgeHours = 24 * 3650;

    private static readonly string s_nameProblem =
        $"Give your name (1 to {MaxNameLength} characters) so the case shows who did it.";

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

        if (filter.MinAgeHours is { } hours and >= 0 and <= MaxAgeHours)
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

    /// <summary>
    /// Gives the case to one operator, so that two never call about the same device. The claim is one
    /// conditional update, so of two operators claiming at once exactly one wins, on any instance;
    /// taking over a colleague's case must be asked for.
    /// </summary>
    public async Task<PhoneCaseResult> ClaimAsync(long id, string? who, bool takeOver, CancellationToken ct)
    {
        if (OperatorName(who) is not { } name)
        {
            return new PhoneCaseResult(null, s_nameProblem, Field: "by");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var holder = await db.PhoneCases.Where(c => c.Id == id).Select(c => c.ClaimedBy).FirstOrDefaultAsync(ct);
        var claimed = await db.PhoneCases
            .Where(c => c.Id == id && c.ClosedAt == null && (takeOver || c.ClaimedBy == null || c.ClaimedBy == name))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ClaimedBy, name).SetProperty(c => c.ClaimedAt, now), ct);
        var phoneCase = await db.PhoneCases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (claimed == 0 || phoneCase is null)
        {
            return WhyNotClaimed(id, phoneCase);
        }

        var tookOver = holder is not null && holder != name;
        PhoneCaseTracker.AddEvent(
            db, phoneCase, now, PhoneCaseEventKind.Claimed, tookOver ? $"took over from {holder}" : null, name);
        if (holder != name)
        {
            audit.Record(db, tookOver ? "phone-case.taken-over" : "phone-case.claimed", phoneCase.DeviceSerial,
                tookOver ? $"case {id}; from {holder}" : $"case {id}");
        }

        await db.SaveChangesAsync(ct);
        Announce(phoneCase);

        return new PhoneCaseResult(PhoneCaseView.From(phoneCase), null);
    }

    /// <summary>
    /// Hands a case back to the queue. Only its holder may, so a release never takes a colleague's case.
    /// </summary>
    public async Task<PhoneCaseResult> ReleaseAsync(long id, string? who, CancellationToken ct)
    {
        if (OperatorName(who) is not { } name)
        {
            return new PhoneCaseResult(null, s_nameProblem, Field: "by");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var released = await db.PhoneCases.Where(c => c.Id == id && c.ClosedAt == null && c.ClaimedBy == name)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ClaimedBy, (string?)null)
                .SetProperty(c => c.ClaimedAt, (DateTime?)null), ct);
        var phoneCase = await db.PhoneCases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (released == 0 || phoneCase is null)
        {
            return phoneCase is { ClosedAt: null, ClaimedBy: null }
                ? PhoneCaseResult.Conflicting($"Case {id} is not claimed by anyone.")
                : WhyNotClaimed(id, phoneCase);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        PhoneCaseTracker.AddEvent(db, phoneCase, now, PhoneCaseEventKind.Released, null, name);
        audit.Record(db, "phone-case.released", phoneCase.DeviceSerial, $"case {id}");
        await db.SaveChangesAsync(ct);
        Announce(phoneCase);

        return new PhoneCaseResult(PhoneCaseView.From(phoneCase), null);
    }

    private static PhoneCaseResult WhyNotClaimed(long id, PhoneCase? phoneCase) => phoneCase switch
    {
        null => PhoneCaseResult.Fail($"There is no phone case {id}."),
        { ClosedAt: not null } => PhoneCaseResult.Conflicting($"Case {id} is closed: the device has activated."),
        _ => PhoneCaseResult.Conflicting(
            $"Case {id} is claimed by {phoneCase.ClaimedBy} since {phoneCase.ClaimedAt:yyyy-MM-dd HH:mm} UTC; "
            + "take it over only after speaking to them."),
    };

    public Task<PhoneCaseResult> AddNoteAsync(long id, string? who, string? note, CancellationToken ct) =>
        ChangeAsync(id, who, ct, (db, c, name, now) =>
        {
            if (string.IsNullOrWhiteSpace(note) || note.Length > MaxNoteLength)
            {
                return $"Write what happened on the call (1 to {MaxNoteLength} characters).";
            }

            PhoneCaseTracker.AddEvent(db, c, now, PhoneCaseEventKind.CallNote, note.Trim(), name);
            audit.Record(db, "phone-case.note-added", c.DeviceSerial,
                new AuditDetails().Add("case", c.Id).Add("note", note.Trim()).ToString());

            return null;
        });

    /// <summary>Accepts a well-formed Confirmation ID for the case's current Installation ID.</summary>
    public Task<PhoneCaseResult> ConfirmAsync(long id, string? who, string? typed, CancellationToken ct) =>
        ChangeAsync(id, who, ct, (db, c, name, now) =>
        {
            if (c.CurrentInstallationId is null)
            {
                return "The device's latest report shows no Installation ID, and a Confirmation ID only fits the "
                    + "Installation ID it was issued for: run slmgr /dti on the device and send that report first.";
            }

            if (c.ClaimedBy is not null && c.ClaimedBy != name)
            {
                return $"Case {c.Id} is claimed by {c.ClaimedBy}; only they record its Confirmation ID.";
            }

            var check = PhoneIds.CheckConfirmationId(typed);
            if (!check.IsValid)
            {
                return check.Error;
            }

            c.ClaimedBy ??= name;
            c.ClaimedAt ??= now;

            c.ConfirmationId = check.Digits;
            c.ConfirmationForInstallationId = c.CurrentInstallationId;
            PhoneCaseTracker.AddEvent(db, c, now, PhoneCaseEventKind.ConfirmationAccepted, check.Grouped, name);
            // Not a secret, but long: the last group is enough to tell two entries apart.
            audit.Record(db, "phone-case.confirmation-recorded", c.DeviceSerial,
                $"case {c.Id}; Confirmation ID ending {check.Digits![^6..]}");

            return null;
        });

    private async Task<PhoneCaseResult> ChangeAsync(
        long id,
        string? who,
        CancellationToken ct,
        Func<DashboardDbContext, PhoneCase, string, DateTime, string?> change)
    {
        if (OperatorName(who) is not { } name)
        {
            return new PhoneCaseResult(null, s_nameProblem, Field: "by");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var phoneCase = await db.PhoneCases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (phoneCase is null)
        {
            return PhoneCaseResult.Fail($"There is no phone case {id}.");
        }

        if (phoneCase.ClosedAt is not null)
        {
            return PhoneCaseResult.Conflicting($"Case {id} is closed: the device has activated.");
        }

        var error = change(db, phoneCase, name, clock.GetUtcNow().UtcDateTime);
        if (error is not null)
        {
            return PhoneCaseResult.Fail(error);
        }

        await db.SaveChangesAsync(ct);
        Log.CaseChanged(logger, id, phoneCase.DeviceSerial);
        Announce(phoneCase);

        return new PhoneCaseResult(PhoneCaseView.From(phoneCase), null);
    }

    // The typed name is only a fallback for callers that are not a person (none reach the queue today).
    private string? OperatorName(string? typed)
    {
        var name = actor.PersonName() ?? typed?.Trim() ?? "";

        return name.Length is 0 or > MaxNameLength ? null : name;
    }

    // Other operators' queue pages show the claim or the Confirmation ID at once.
    private void Announce(PhoneCase phoneCase) =>
        notifier.Publish(new ActivationChange(
            0, new HashSet<string> { phoneCase.DeviceSerial }, new HashSet<string> { phoneCase.BatchId }, []));

    private static partial class Log
    {
        [LoggerMessage(4201, LogLevel.Information, "Phone case {CaseId} for device {Serial} changed")]
        public static partial void CaseChanged(ILogger logger, long caseId, string serial);
    }
}

/// <summary>
/// The case after a change, or what was wrong (<paramref name="Conflict"/>: the case's state forbids it).
/// </summary>
public sealed record PhoneCaseResult(PhoneCaseView? Case, string? Error, bool Conflict = false, string? Field = null)
{
    public static PhoneCaseResult Fail(string error) => new(null, error);

    public static PhoneCaseResult Conflicting(string error) => new(null, error, Conflict: true);
}

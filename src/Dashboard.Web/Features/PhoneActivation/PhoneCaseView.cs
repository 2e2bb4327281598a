using Dashboard.Core.PhoneActivation;
using Dashboard.Web.Data;

namespace Dashboard.Web.Features.PhoneActivation;

/// <summary>A phone case as the queue page, the API and the CSV export show it.</summary>
public sealed record PhoneCaseView(
    long Id,
    string Device,
    string Batch,
    string? Station,
    DateTime OpenedAt,
    string? InstallationId,
    IReadOnlyList<string> InstallationIdGroups,
    bool InstallationIdChanged,
    string? ActivationId,
    string? PartialProductKey,
    string? Edition,
    string? ClaimedBy,
    DateTime? ClaimedAt,
    string? ConfirmationId,
    bool ConfirmationIsStale,
    string? Command,
    DateTime? ClosedAt)
{
    public bool IsOpen => ClosedAt is null;

    public static PhoneCaseView From(PhoneCase c)
    {
        var current = c.CurrentInstallationId;
        var stale = c.ConfirmationId is not null && c.ConfirmationForInstallationId != current;

        return new PhoneCaseView(
            c.Id, c.DeviceSerial, c.BatchId, c.Station, c.OpenedAt, current, PhoneIds.GroupInstallationId(current),
            c.LatestInstallationId is not null && c.LatestInstallationId != c.InstallationId,
            c.ActivationId, c.PartialProductKey, c.Edition, c.ClaimedBy, c.ClaimedAt,
            c.ConfirmationId, stale,
            // A Confirmation ID issued for another Installation ID cannot work; no command is offered for it.
            c.ConfirmationId is null || stale ? null : CommandFor(c.ConfirmationId, c.ActivationId),
            c.ClosedAt);
    }

    /// <summary>What to run on the device; without an Activation ID slmgr applies it to the Windows SKU.</summary>
    public static string CommandFor(string confirmationId, string? activationId) =>
        activationId is null ? $"slmgr /atp {confirmationId}" : $"slmgr /atp {confirmationId} {activationId}";
}

/// <summary>One step of a case's history.</summary>
public sealed record PhoneCaseStep(DateTime At, PhoneCaseEventKind Kind, string? Actor, string? Detail);

/// <summary>Which cases to list.</summary>
/// <param name="MinAgeHours">Only cases opened at least this many hours ago.</param>
public sealed record PhoneCaseFilter(
    string? Batch = null, string? Station = null, int? MinAgeHours = null, bool IncludeClosed = false);

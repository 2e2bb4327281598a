namespace Dashboard.Web.Data;

/// <summary>
/// A device waiting for phone activation: opened by the report that put it in NeedsPhoneActivation, closed by a
/// later report that shows it activated. Who did what is kept in <see cref="PhoneCaseEvent"/> rows.
/// </summary>
public sealed class PhoneCase
{
    public long Id { get; set; }

    public required string DeviceSerial { get; set; }

    public required string BatchId { get; set; }

    public string? Station { get; set; }

    public long OpenedByReportId { get; set; }

    /// <summary>Capture time (UTC) of the report that opened the case; the queue is ordered by it.</summary>
    public DateTime OpenedAt { get; set; }

    /// <summary>The Installation ID of the opening report.</summary>
    public string? InstallationId { get; set; }

    /// <summary>The Installation ID of the device's newest report when it differs from the opening one.</summary>
    public string? LatestInstallationId { get; set; }

    /// <summary>
    /// The Activation ID (SKU) the confirmation is deposited for; null when the capture did not show it.
    /// </summary>
    public string? ActivationId { get; set; }

    public string? PartialProductKey { get; set; }

    public string? Edition { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedAt { get; set; }

    /// <summary>The 48 digits the phone system read out.</summary>
    public string? ConfirmationId { get; set; }

    /// <summary>The Installation ID the Confirmation ID was issued for; it works for that one only.</summary>
    public string? ConfirmationForInstallationId { get; set; }

    public DateTime? ClosedAt { get; set; }

    public long? ClosedByReportId { get; set; }

    /// <summary>The case's history, oldest first when loaded in order.</summary>
    public List<PhoneCaseEvent> Events { get; set; } = [];

    /// <summary>The Installation ID a call must read out now: the newest one the device reported.</summary>
    public string? CurrentInstallationId => LatestInstallationId ?? InstallationId;
}

namespace Dashboard.Web.Features.Reports;

/// <summary>A capture as a station or an upload hands it in, before anything is read from it.</summary>
/// <param name="Serial">The device's serial number.</param>
/// <param name="Batch">The production batch the device belongs to.</param>
/// <param name="Station">The station that captured it, when known.</param>
/// <param name="CapturedAt">When it was captured; null means "now".</param>
/// <param name="Content">The raw bytes in whatever encoding the station wrote them.</param>
/// <param name="SourceName">The file name, when the capture came as a file.</param>
public sealed record ReportSubmission(
    string Serial,
    string Batch,
    string? Station,
    DateTimeOffset? CapturedAt,
    byte[] Content,
    string? SourceName = null)
{
    /// <summary>Who handed it in (<c>station:NAME</c> or a user name), for the audit entries it causes.</summary>
    public string? SubmittedBy { get; init; }
}

using Dashboard.Web.Data;

namespace Dashboard.Web.Features.Reports;

/// <summary>What became of one submission.</summary>
/// <param name="Submission">What was handed in.</param>
/// <param name="Report">The stored report (the earlier one when <paramref name="Duplicate"/>); null when refused.</param>
/// <param name="Duplicate">True when this device already had a report with the same content.</param>
/// <param name="Error">Why the submission was refused; null when stored.</param>
public sealed record IngestOutcome(ReportSubmission Submission, Report? Report, bool Duplicate, string? Error)
{
    public bool Stored => Report is not null && !Duplicate;
}

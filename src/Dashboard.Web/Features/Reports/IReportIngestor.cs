namespace Dashboard.Web.Features.Reports;

/// <summary>Stores captures: parses, redacts, classifies, and keeps device and batch summaries current.</summary>
/// <remarks>Each call returns only after what it stored is committed.</remarks>
public interface IReportIngestor
{
    Task<IngestOutcome> IngestAsync(ReportSubmission submission, CancellationToken cancellationToken);

    Task<IReadOnlyList<IngestOutcome>> IngestManyAsync(
        IReadOnlyList<ReportSubmission> submissions,
        CancellationToken cancellationToken);
}

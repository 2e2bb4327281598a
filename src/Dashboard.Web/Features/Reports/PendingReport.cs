using Dashboard.Core.Parsing;
using Dashboard.Web.Data;

namespace Dashboard.Web.Features.Reports;

/// <summary>A parsed, classified report waiting for the writer, and the caller waiting for its commit.</summary>
internal sealed class PendingReport(ReportSubmission submission, Report report, ParsedReport parsed)
{
    private readonly TaskCompletionSource<IngestOutcome> _completion =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ReportSubmission Submission { get; } = submission;

    /// <summary>The row to insert, without its id.</summary>
    public Report Report { get; } = report;

    /// <summary>What was read from the capture; the writer classifies it again with what it knows.</summary>
    public ParsedReport Parsed { get; } = parsed;

    public Task<IngestOutcome> Completion => _completion.Task;

    public void Complete(IngestOutcome outcome) => _completion.TrySetResult(outcome);

    public void Fail(Exception exception) => _completion.TrySetException(exception);

    public void Cancel() => _completion.TrySetCanceled();
}

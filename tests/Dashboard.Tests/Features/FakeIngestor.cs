using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Reports;

namespace Dashboard.Tests.Features;

/// <summary>
/// Records submissions; refuses serials starting with "bad" and, as the real ingestor does, serials and
/// batches holding a full product key; reports "dup" serials as duplicates.
/// </summary>
public sealed class FakeIngestor : IReportIngestor
{
    private long _nextId = 1;

    public List<ReportSubmission> Received { get; } = [];

    /// <summary>How many submissions each call of <see cref="IngestManyAsync"/> carried.</summary>
    public List<int> CallSizes { get; } = [];

    public Task<IngestOutcome> IngestAsync(ReportSubmission submission, CancellationToken cancellationToken) =>
        Task.FromResult(Ingest(submission));

    public Task<IReadOnlyList<IngestOutcome>> IngestManyAsync(
        IReadOnlyList<ReportSubmission> submissions, CancellationToken cancellationToken)
    {
        CallSizes.Add(submissions.Count);

        return Task.FromResult<IReadOnlyList<IngestOutcome>>([.. submissions.Select(Ingest)]);
    }

    private IngestOutcome Ingest(ReportSubmission submission)
    {
        Received.Add(submission);
        if (submission.Serial.StartsWith("bad", StringComparison.Ordinal))
        {
            return new IngestOutcome(submission, null, false, "serial is not allowed here");
        }

        if (ProductKeyRedactor.ContainsKey(submission.Serial) || ProductKeyRedactor.ContainsKey(submission.Batch))
        {
            return new IngestOutcome(submission, null, false, "serial " + SubmissionRules.FullKeyProblem);
        }

        var report = new Report
        {
            Id = _nextId++,
            DeviceSerial = submission.Serial,
            BatchId = submission.Batch,
            ContentHash = "hash",
            Encoding = "utf-8",
            Language = "en",
            RedactedText = "",
            ParsedJson = "{}",
            State = DeviceState.Activated,
        };

        var duplicate = submission.Serial.StartsWith("dup", StringComparison.Ordinal);

        return new IngestOutcome(submission, report, duplicate, null);
    }
}

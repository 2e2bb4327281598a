using System.Security.Cryptography;
using System.Text;
using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;

namespace Dashboard.Web.Features.Reports;

/// <summary>
/// Parses and classifies on the caller's thread, then hands the row to the single writer and waits
/// for the commit that contains it.
/// </summary>
internal sealed partial class ReportIngestor(ReportQueue queue, TimeProvider clock, ILogger<ReportIngestor> logger)
    : IReportIngestor
{
    public async Task<IngestOutcome> IngestAsync(ReportSubmission submission, CancellationToken cancellationToken)
    {
        var outcomes = await IngestManyAsync([submission], cancellationToken);

        return outcomes[0];
    }

    public async Task<IReadOnlyList<IngestOutcome>> IngestManyAsync(
        IReadOnlyList<ReportSubmission> submissions,
        CancellationToken cancellationToken)
    {
        var tasks = new List<Task<IngestOutcome>>(submissions.Count);
        foreach (var submission in submissions)
        {
            tasks.Add(await SubmitAsync(submission, cancellationToken));
        }

        return await Task.WhenAll(tasks).WaitAsync(cancellationToken);
    }

    private async Task<Task<IngestOutcome>> SubmitAsync(ReportSubmission submission, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var problems = SubmissionRules.Validate(submission, now);
        if (problems.Count > 0)
        {
            var error = string.Join("; ", problems.Select(problem => $"{problem.Key} {problem.Value[0]}"));
            Log.SubmissionRefused(logger, string.Join(", ", problems.Keys));

            return Task.FromResult(new IngestOutcome(submission, null, false, error));
        }

        var parsed = ReportParser.Parse(submission.Content);
        var pending = new PendingReport(submission, Prepare(submission, parsed, now.UtcDateTime), parsed);
        await queue.EnqueueAsync(pending, ct);

        return pending.Completion;
    }

    private static Report Prepare(ReportSubmission submission, ParsedReport parsed, DateTime receivedAt)
    {
        var triage = DeviceTriage.Classify(parsed);
        var product = parsed.Product;

        return new Report
        {
            DeviceSerial = submission.Serial,
            BatchId = submission.Batch,
            Station = string.IsNullOrEmpty(submission.Station) ? null : submission.Station,
            CapturedAt = submission.CapturedAt?.UtcDateTime ?? receivedAt,
            ReceivedAt = receivedAt,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parsed.RedactedText))),
            SourceName = Clip(submission.SourceName, 260),
            Encoding = Clip(parsed.Encoding, 32) ?? "unknown",
            Language = Clip(parsed.Language, 16) ?? "unknown",
            RedactedText = parsed.RedactedText,
            ParsedJson = ReportJson.Serialize(parsed),
            Edition = Clip(product?.Edition, 200),
            Channel = Clip(product?.Channel, 64),
            PartialProductKey = Clip(product?.PartialProductKey, 5),
            LicenseStatus = product?.LicenseStatus ?? LicenseStatus.Unknown,
            ErrorCodes = Clip(string.Join(",", parsed.Errors.Select(error => error.Code).Distinct()), 400),
            State = triage.State,
            StateReason = Clip(triage.Reason, 500),
            StateAction = Clip(triage.Action, 500),
            RedactedKeys = parsed.RedactedKeys,
        };
    }

    private static string? Clip(string? text, int length) =>
        string.IsNullOrEmpty(text) ? null : text.Length <= length ? text : text[..length];

    private static partial class Log
    {
        // The values themselves are not logged: they come from outside and may be anything.
        [LoggerMessage(2001, LogLevel.Warning, "Refused a report: invalid {Parameters}")]
        public static partial void SubmissionRefused(ILogger logger, string parameters);
    }
}

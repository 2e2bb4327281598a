using Dashboard.Core.Triage;

namespace Dashboard.Web.Features.Reports;

/// <summary>A file the user picked on the upload page, opened only when its turn comes.</summary>
/// <param name="Open">Opens the file's content; the stream may refuse to read past the page's size limit.</param>
public sealed record UploadedFile(string Name, Func<Stream> Open)
{
    public UploadedFile(string name, byte[] content)
        : this(name, () => new MemoryStream(content, writable: false))
    {
    }
}

public enum UploadStatus
{
    Stored,
    Duplicate,
    Refused,
}

/// <summary>What became of one capture of an upload, for the result table.</summary>
/// <param name="State">The state the stored (or earlier identical) report shows; null when refused.</param>
public sealed record UploadRow(
    string SourceName, string? Serial, string? Batch, UploadStatus Status, string Detail, DeviceState? State = null);

/// <summary>Expands uploaded files and zips into captures and hands them to ingestion.</summary>
public sealed partial class UploadService(IReportIngestor ingestor, ILogger<UploadService> logger)
{
    // Ingestion writes in batches; handing it a few hundred at a time keeps each transaction short.
    private const int ChunkSize = 500;

    /// <summary>
    /// Expands and ingests the files one after the other, a chunk of captures at a time, so that neither a
    /// thousand files nor a zip of twenty thousand captures is ever held in memory whole.
    /// </summary>
    public async Task<IReadOnlyList<UploadRow>> UploadAsync(
        IReadOnlyList<UploadedFile> files, string? batch, string? station, CancellationToken ct)
    {
        var target = new UploadTarget(Clean(batch), Clean(station));
        var rows = new List<UploadRow>();
        var pending = new List<ReportSubmission>();
        foreach (var file in files)
        {
            await foreach (var part in UploadExpander.ExpandAsync(file, ChunkSize, ct))
            {
                rows.AddRange(part.Refused.Select(refused =>
                    new UploadRow(refused.SourceName, null, null, UploadStatus.Refused, refused.Reason)));
                pending.AddRange(target.Submissions(part.Captures, rows));
                if (pending.Count >= ChunkSize)
                {
                    rows.AddRange(await IngestAsync(pending, ct));
                    pending.Clear();
                }
            }
        }

        rows.AddRange(await IngestAsync(pending, ct));
        Log.UploadProcessed(logger, files.Count, rows.Count(r => r.Status == UploadStatus.Stored),
            rows.Count(r => r.Status == UploadStatus.Duplicate), rows.Count(r => r.Status == UploadStatus.Refused));

        return rows;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<IEnumerable<UploadRow>> IngestAsync(List<ReportSubmission> submissions, CancellationToken ct) =>
        submissions.Count == 0 ? [] : (await ingestor.IngestManyAsync(submissions, ct)).Select(ToRow);

    private static UploadRow ToRow(IngestOutcome outcome)
    {
        var submission = outcome.Submission;
        var name = submission.SourceName ?? submission.Serial;
        var (status, detail) = outcome switch
        {
            { Error: { } error } => (UploadStatus.Refused, error),
            { Duplicate: true } => (UploadStatus.Duplicate, "Already stored for this device; nothing stored twice."),
            { Report: { } report } => (UploadStatus.Stored, $"Stored as report {report.Id}."),
            _ => (UploadStatus.Refused, "Not stored."),
        };

        // A duplicate names the batch the earlier report went to, which is where the device is.
        var batch = outcome.Report?.BatchId ?? submission.Batch;

        return new UploadRow(name, submission.Serial, batch, status, detail, outcome.Report?.State);
    }

    private static partial class Log
    {
        [LoggerMessage(2101, LogLevel.Information,
            "Upload of {FileCount} files: {StoredCount} stored, {DuplicateCount} duplicates, {RefusedCount} refused")]
        public static partial void UploadProcessed(
            ILogger logger, int fileCount, int storedCount, int duplicateCount, int refusedCount);
    }
}

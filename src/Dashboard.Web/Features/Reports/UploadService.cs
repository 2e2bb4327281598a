using Dashboard.Core.Triage;
using Dashboard.Web.Features.Access;

namespace Dashboard.Web.Features.Reports;

/// <summary>A file the user picked on the upload page, already read into memory.</summary>
public sealed record UploadedFile(string Name, byte[] Content);

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
public sealed partial class UploadService(
    IReportIngestor ingestor, CurrentActor actor, ILogger<UploadService> logger)
{
    // Ingestion writes in batches; handing it a few hundred at a time keeps each transaction short.
    private const int ChunkSize = 500;

    public async Task<IReadOnlyList<UploadRow>> UploadAsync(
        IReadOnlyList<UploadedFile> files, string? batch, string? station, CancellationToken ct)
    {
        var expansion = Expand(files);
        var rows = expansion.Refused
            .Select(r => new UploadRow(r.SourceName, null, null, UploadStatus.Refused, r.Reason))
            .ToList();

        var chosenBatch = string.IsNullOrWhiteSpace(batch) ? null : batch.Trim();
        var stationName = string.IsNullOrWhiteSpace(station) ? null : station.Trim();
        var submissions = new List<ReportSubmission>();
        foreach (var capture in expansion.Captures)
        {
            var target = capture.Batch ?? chosenBatch;
            if (target is null)
            {
                rows.Add(new(capture.SourceName, capture.Serial, null, UploadStatus.Refused,
                    "No batch: choose one on the page, or put the file in a zip folder named after its batch."));
                continue;
            }

            submissions.Add(new(capture.Serial, target, stationName, null, capture.Content, capture.SourceName));
        }

        rows.AddRange(await IngestAsync(submissions, ct));
        Log.UploadProcessed(logger, files.Count, rows.Count(r => r.Status == UploadStatus.Stored),
            rows.Count(r => r.Status == UploadStatus.Duplicate), rows.Count(r => r.Status == UploadStatus.Refused));

        return rows;
    }

    private static CaptureExpansion Expand(IReadOnlyList<UploadedFile> files)
    {
        var captures = new List<CaptureFile>();
        var refused = new List<RefusedFile>();
        foreach (var file in files)
        {
            var isZip = file.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
                || CaptureArchiveReader.LooksLikeZip(file.Content);
            var expansion = isZip
                ? CaptureArchiveReader.ReadZip(file.Name, new MemoryStream(file.Content, writable: false))
                : CaptureArchiveReader.ReadFile(file.Name, file.Content);
            captures.AddRange(expansion.Captures);
            refused.AddRange(expansion.Refused);
        }

        return new CaptureExpansion(captures, refused);
    }

    private async Task<List<UploadRow>> IngestAsync(List<ReportSubmission> submissions, CancellationToken ct)
    {
        var rows = new List<UploadRow>(submissions.Count);
        foreach (var chunk in submissions.Chunk(ChunkSize))
        {
            var signed = chunk.Select(submission => submission with { SubmittedBy = actor.Name }).ToList();
            var outcomes = await ingestor.IngestManyAsync(signed, ct);
            rows.AddRange(outcomes.Select(ToRow));
        }

        return rows;
    }

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

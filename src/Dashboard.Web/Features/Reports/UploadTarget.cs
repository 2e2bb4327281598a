namespace Dashboard.Web.Features.Reports;

/// <summary>The batch and station chosen on the upload page, which captures without a batch folder go to.</summary>
internal sealed record UploadTarget(string? Batch, string? Station)
{
    /// <summary>The captures as submissions; those with no batch at all are refused into
    /// <paramref name="rows"/>.</summary>
    public IEnumerable<ReportSubmission> Submissions(IEnumerable<CaptureFile> captures, List<UploadRow> rows)
    {
        foreach (var capture in captures)
        {
            if ((capture.Batch ?? Batch) is not { } batch)
            {
                rows.Add(new(capture.SourceName, capture.Serial, null, UploadStatus.Refused,
                    "No batch: choose one on the page, or put the file in a zip folder named after its batch."));
                continue;
            }

            yield return new(capture.Serial, batch, Station, null, capture.Content, capture.SourceName);
        }
    }
}

using Dashboard.Core.Parsing;

namespace Dashboard.Cli.Import;

/// <summary>One import: walks the source, uploads each capture, prints a line per file and a summary.</summary>
internal sealed class ImportRun(TextWriter output, TextWriter error)
{
    private readonly Dictionary<UploadStatus, int> _counts = new()
    {
        [UploadStatus.Stored] = 0,
        [UploadStatus.Duplicate] = 0,
        [UploadStatus.Refused] = 0,
    };

    public async Task<int> ExecuteAsync(
        string path,
        string? defaultBatch,
        ImportTarget target,
        HttpMessageHandler handler,
        CancellationToken ct)
    {
        using var http = new HttpClient(handler, disposeHandler: false);
        var uploader = new ReportUploader(http, target);
        try
        {
            foreach (var capture in CaptureWalker.Walk(path, defaultBatch, WalkLimits.Default))
            {
                var result = capture.Problem is { } problem
                    ? UploadResult.Refused(problem)
                    : await uploader.UploadAsync(capture, ct);
                await ReportAsync(capture, result);
            }
        }
        catch (ImportSourceException ex)
        {
            // The message quotes the path given, which may be named after a product key.
            await error.WriteLineAsync(ProductKeyRedactor.Mask(ex.Message));

            return 2;
        }
        catch (Exception ex) when (IsUnreachable(ex, ct))
        {
            var reason = ex.Message.TrimEnd('.');
            await error.WriteLineAsync(
                $"Cannot reach the dashboard at {target.BaseUrl}: {reason}. Is it running, and is --url right?");
            if (_counts.Values.Sum() > 0)
            {
                await WriteSummaryAsync();
            }

            return 3;
        }

        return await WriteSummaryAsync();
    }

    private static bool IsUnreachable(Exception ex, CancellationToken ct) =>
        ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested);

    private async Task ReportAsync(CaptureFile capture, UploadResult result)
    {
        _counts[result.Status]++;
        var line = result.Status switch
        {
            UploadStatus.Stored => $"stored     {capture.Source} (device {capture.Serial}, batch {capture.Batch})",
            UploadStatus.Duplicate => $"duplicate  {capture.Source} (already stored for device {capture.Serial})",
            _ => $"refused    {capture.Source}: {result.Reason}",
        };

        // File and folder names are the operator's: one named after a product key is printed masked.
        await output.WriteLineAsync(ProductKeyRedactor.Mask(line));
    }

    /// <returns>The exit code: 0 when every file was stored or already there.</returns>
    private async Task<int> WriteSummaryAsync()
    {
        var total = _counts.Values.Sum();
        if (total == 0)
        {
            await output.WriteLineAsync("No captures found.");

            return 1;
        }

        await output.WriteLineAsync(
            $"{total} {(total == 1 ? "file" : "files")}: {_counts[UploadStatus.Stored]} stored, "
            + $"{_counts[UploadStatus.Duplicate]} duplicate, {_counts[UploadStatus.Refused]} refused");

        return _counts[UploadStatus.Refused] == 0 ? 0 : 1;
    }
}

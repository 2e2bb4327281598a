using Dashboard.Core.Parsing;
using Dashboard.Web.Features.Batches;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Dashboard.Web.Features.Reports;

public sealed partial class UploadPage
{
    private const int MaxFiles = 1000;
    private const long MaxZipBytes = 64L * 1024 * 1024;

    [Inject]
    private UploadService Uploads { get; set; } = default!;

    [Inject]
    private BatchQueries Batches { get; set; } = default!;

    private IReadOnlyList<IBrowserFile> _files = [];
    private IReadOnlyList<UploadRow>? _rows;
    private string? _batch;
    private string? _station;
    private string? _error;
    private bool _busy;

    private void OnFilesChanged(IReadOnlyList<IBrowserFile>? files)
    {
        _files = files ?? [];
        _error = null;
    }

    private Task<IEnumerable<string>> FindBatchesAsync(string? text, CancellationToken ct) =>
        Batches.FindIdsAsync(text, 20, ct).ContinueWith(t => t.Result.AsEnumerable(), ct,
            TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

    private async Task UploadAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            var (read, refused) = OpenFiles();
            var rows = await Uploads.UploadAsync(read, _batch, _station, CancellationToken.None);
            _rows = [.. refused, .. rows];
        }
        finally
        {
            _busy = false;
        }
    }

    private (List<UploadedFile> Read, List<UploadRow> Refused) OpenFiles()
    {
        var read = new List<UploadedFile>();
        var refused = new List<UploadRow>();
        foreach (var file in _files)
        {
            var isZip = file.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
            var limit = isZip ? MaxZipBytes : CaptureArchiveReader.MaxCaptureBytes;
            if (file.Size > limit)
            {
                refused.Add(new(file.Name, null, null, UploadStatus.Refused, $"Larger than {FormatBytes(limit)}."));
                continue;
            }

            read.Add(new UploadedFile(file.Name, () => file.OpenReadStream(limit)));
        }

        return (read, refused);
    }

    // Names as picked: a file named after a product key (or five files named after its groups) is shown
    // masked like any key.
    private static string SelectedNames(IReadOnlyList<IBrowserFile> files) =>
        ProductKeyRedactor.Mask(string.Join(", ", files.Take(5).Select(f => f.Name)))
        + (files.Count > 5 ? ", …" : "");

    private static string FormatBytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };
}

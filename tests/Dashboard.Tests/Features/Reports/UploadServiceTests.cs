using System.IO.Compression;
using System.Text;
using Dashboard.Web.Features.Reports;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Tests.Features.Reports;

public sealed class UploadServiceTests
{
    private static readonly byte[] s_capture = Encoding.UTF8.GetBytes("License Status: Licensed");

    private readonly FakeIngestor _ingestor = new();
    private readonly UploadService _service;

    public UploadServiceTests() =>
        _service = new UploadService(_ingestor, TestPeople.Actor(), NullLogger<UploadService>.Instance);

    [Fact]
    public async Task UploadAsync_ReportsStoredDuplicateAndRefused_PerFile()
    {
        UploadedFile[] files = [new("SN1.txt", s_capture), new("dup2.txt", s_capture), new("bad3.txt", s_capture)];

        var rows = await _service.UploadAsync(files, " LINE-7 ", "ST1", default);

        Assert.Equal(
            [UploadStatus.Stored, UploadStatus.Duplicate, UploadStatus.Refused],
            rows.Select(r => r.Status));
        Assert.All(_ingestor.Received, s => Assert.Equal(("LINE-7", "ST1"), (s.Batch, s.Station)));
        Assert.Equal("serial is not allowed here", rows[2].Detail);
    }

    [Fact]
    public async Task UploadAsync_SendsZipFoldersToTheirBatches_AndRefusesRootFilesWithoutBatch()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var path in new[] { "B42/SN1.txt", "ROOT.txt" })
            {
                using var entry = archive.CreateEntry(path).Open();
                entry.Write(s_capture);
            }
        }

        UploadedFile[] files = [new("captures.zip", zip.ToArray())];

        var rows = await _service.UploadAsync(files, batch: null, station: null, default);

        Assert.Equal("B42", Assert.Single(_ingestor.Received).Batch);
        var refused = Assert.Single(rows, r => r.Status == UploadStatus.Refused);
        Assert.Equal("ROOT.txt", refused.SourceName);
        Assert.Contains("No batch", refused.Detail, StringComparison.Ordinal);
    }
}

using System.IO.Compression;
using System.Text;
using Dashboard.Web.Features.Reports;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Tests.Features.Reports;

/// <summary>Uploads are read from their streams a part at a time, the way the page hands them over.</summary>
public sealed class UploadStreamingTests
{
    private static readonly byte[] s_capture = Encoding.UTF8.GetBytes("License Status: Licensed");

    private readonly FakeIngestor _ingestor = new();
    private readonly UploadService _service;

    public UploadStreamingTests() => _service = new UploadService(_ingestor, NullLogger<UploadService>.Instance);

    [Fact]
    public async Task UploadAsync_ZipOfManyCaptures_IngestsInChunksFromAForwardOnlyStream()
    {
        var zip = Zip(Enumerable.Range(1, 1_234).Select(i => ($"B7/SN-{i:D5}.txt", s_capture)));
        UploadedFile[] files = [new("line7.zip", () => new ForwardOnlyStream(zip))];

        var rows = await _service.UploadAsync(files, batch: null, station: null, default);

        Assert.Equal(1_234, rows.Count(row => row.Status == UploadStatus.Stored));
        Assert.Equal([500, 500, 234], _ingestor.CallSizes);
    }

    [Fact]
    public async Task UploadAsync_CaptureStreamLongerThanItsLimit_IsRefusedWithTheLimit()
    {
        var oversized = new byte[CaptureArchiveReader.MaxCaptureBytes + 1];
        UploadedFile[] files = [new("SN-BIG.txt", () => new ForwardOnlyStream(oversized))];

        var rows = await _service.UploadAsync(files, "B7", station: null, default);

        var refused = Assert.Single(rows);
        Assert.Equal((UploadStatus.Refused, "Larger than 256 KB."), (refused.Status, refused.Detail));
        Assert.Empty(_ingestor.Received);
    }

    [Fact]
    public async Task UploadAsync_StreamThatFailsMidway_RefusesThatFileAndKeepsTheOthers()
    {
        UploadedFile[] files =
        [
            new("broken.zip", () => throw new IOException("The connection to the browser was lost.")),
            new("SN-OK.txt", s_capture),
        ];

        var rows = await _service.UploadAsync(files, "B7", station: null, default);

        Assert.Equal(UploadStatus.Refused, rows.Single(row => row.SourceName == "broken.zip").Status);
        Assert.Contains("connection to the browser was lost", rows[0].Detail, StringComparison.Ordinal);
        Assert.Equal("SN-OK", Assert.Single(_ingestor.Received).Serial);
    }

    [Fact]
    public async Task UploadAsync_TruncatedZip_IsRefusedAsUnreadable()
    {
        var zip = Zip([("SN-1.txt", s_capture)]);
        UploadedFile[] files = [new("cut.zip", zip[..(zip.Length / 2)])];

        var rows = await _service.UploadAsync(files, "B7", station: null, default);

        Assert.Contains("Not a readable zip file", Assert.Single(rows).Detail, StringComparison.Ordinal);
    }

    private static byte[] Zip(IEnumerable<(string Path, byte[] Content)> entries)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                using var entry = archive.CreateEntry(path).Open();
                entry.Write(content);
            }
        }

        return zip.ToArray();
    }

    // Like a browser file's stream: it reads forward only and cannot tell its length.
    private sealed class ForwardOnlyStream(byte[] content) : Stream
    {
        private readonly MemoryStream _inner = new(content, writable: false);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using System.IO.Compression;
using System.Text;
using Dashboard.Web.Features.Reports;

namespace Dashboard.Tests.Features.Reports;

public sealed class CaptureArchiveReaderTests
{
    private static readonly byte[] s_capture = Encoding.UTF8.GetBytes("License Status: Licensed\r\n");

    [Fact]
    public void ReadZip_TakesBatchFromFolder_AndLeavesRootFilesToTheChosenBatch()
    {
        using var zip = Zip(("B42/SN-1.txt", s_capture), ("SN-2.txt", s_capture));

        var result = CaptureArchiveReader.ReadZip("upload.zip", zip);

        Assert.Empty(result.Refused);
        Assert.Collection(result.Captures,
            first => Assert.Equal(("SN-1", "B42", "B42/SN-1.txt"), (first.Serial, first.Batch, first.SourceName)),
            second => Assert.Equal(("SN-2", (string?)null), (second.Serial, second.Batch)));
    }

    [Fact]
    public void ReadZip_RefusesEntry_WhenItExpandsPastTheCaptureLimit()
    {
        // Zeros compress a thousandfold: a few KB in the zip, megabytes once unpacked.
        var bomb = new byte[4 * 1024 * 1024];
        using var zip = Zip(("B1/BOMB.txt", bomb), ("B1/OK.txt", s_capture));

        var result = CaptureArchiveReader.ReadZip("bomb.zip", zip);

        Assert.Equal(["OK"], result.Captures.Select(c => c.Serial));
        var refused = Assert.Single(result.Refused);
        Assert.Equal("B1/BOMB.txt", refused.SourceName);
        Assert.Contains("256 KB", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadZip_StopsReading_WhenTheTotalWouldPassTheLimit()
    {
        var large = new byte[CaptureArchiveReader.MaxCaptureBytes];
        large.AsSpan().Fill((byte)'x');
        var count = (int)(CaptureArchiveReader.MaxTotalBytes / large.Length) + 3;
        using var zip = Zip([.. Enumerable.Range(0, count).Select(i => ($"SN{i}.txt", large))]);

        var result = CaptureArchiveReader.ReadZip("big.zip", zip);

        Assert.True(result.Captures.Sum(c => (long)c.Content.Length) <= CaptureArchiveReader.MaxTotalBytes);
        Assert.Contains(result.Refused, r => r.Reason.Contains("expands past", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("B1/../../evil.txt")]
    [InlineData("/etc/evil.txt")]
    [InlineData("C:/evil.txt")]
    [InlineData("a/b/deep.txt")]
    public void ReadZip_RefusesEntry_WhenItsPathLeavesOneFolderLevel(string path)
    {
        using var zip = Zip((path, s_capture));

        var result = CaptureArchiveReader.ReadZip("tricks.zip", zip);

        Assert.Empty(result.Captures);
        Assert.Equal(path, Assert.Single(result.Refused).SourceName);
    }

    [Fact]
    public void ReadZip_SkipsNestedZip_EvenWhenItsNameHidesIt()
    {
        using var inner = Zip(("SN.txt", s_capture));
        using var zip = Zip(("inner.zip", inner.ToArray()), ("B1/looks-like-text.txt", inner.ToArray()));

        var result = CaptureArchiveReader.ReadZip("outer.zip", zip);

        Assert.Empty(result.Captures);
        Assert.All(result.Refused, r => Assert.Contains("zip inside a zip", r.Reason, StringComparison.Ordinal));
        Assert.Equal(2, result.Refused.Count);
    }

    [Fact]
    public void ReadZip_RefusesWholeUpload_WhenItIsNotAZip()
    {
        using var notZip = new MemoryStream(s_capture);

        var result = CaptureArchiveReader.ReadZip("fake.zip", notZip);

        Assert.Empty(result.Captures);
        Assert.Contains("Not a readable zip", Assert.Single(result.Refused).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_UsesTheStemAsSerial_AndRefusesEmptyFiles()
    {
        var taken = CaptureArchiveReader.ReadFile("C:\\captures\\SN-77.dlv.txt", s_capture);
        var empty = CaptureArchiveReader.ReadFile("SN-78.txt", []);

        Assert.Equal("SN-77.dlv", Assert.Single(taken.Captures).Serial);
        Assert.Equal("The file is empty.", Assert.Single(empty.Refused).Reason);
    }

    private static MemoryStream Zip(params (string Path, byte[] Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                using var entry = archive.CreateEntry(path, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        stream.Position = 0;

        return stream;
    }
}

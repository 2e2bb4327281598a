using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Dashboard.Core.Archives;

namespace Dashboard.Tests.Archives;

public sealed class ZipEntryBytesTests
{
    private static readonly byte[] s_capture = Encoding.UTF8.GetBytes(
        string.Concat(Enumerable.Repeat("License Status: Licensed\r\n", 200)));

    [Fact]
    public void Read_HonestEntry_ReturnsItsBytes()
    {
        using var archive = Open(Zip(s_capture));

        var read = ZipEntryBytes.Read(archive.Entries[0], 1024 * 1024);

        Assert.Equal(ZipEntryProblem.None, read.Problem);
        Assert.Equal(s_capture, read.Content);
    }

    [Fact]
    public void Read_DeclaredSizeSmallerThanTheData_IsRefusedNotTruncated()
    {
        var zip = Zip(s_capture);
        DeclareUncompressedSize(zip, 100);
        using var archive = Open(zip);

        var read = ZipEntryBytes.Read(archive.Entries[0], 1024 * 1024);

        Assert.Equal(100, archive.Entries[0].Length);
        Assert.Equal((null, ZipEntryProblem.ChecksumMismatch), (read.Content, read.Problem));
    }

    [Fact]
    public void Read_MoreThanTheLimitArrives_StopsAsTooLarge()
    {
        using var archive = Open(Zip(s_capture));

        var read = ZipEntryBytes.Read(archive.Entries[0], 1000);

        Assert.Equal((null, ZipEntryProblem.TooLarge), (read.Content, read.Problem));
    }

    private static byte[] Zip(byte[] content)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("SN-1.txt", CompressionLevel.Optimal).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }

    private static ZipArchive Open(byte[] zip) => new(new MemoryStream(zip), ZipArchiveMode.Read);

    // Writes a smaller uncompressed size into the local header (offset 22) and the central directory
    // record (offset 24), as a crafted zip would; the data and its CRC-32 stay those of the whole text.
    private static void DeclareUncompressedSize(byte[] zip, uint size)
    {
        var local = zip.AsSpan().IndexOf("PK\u0003\u0004"u8);
        var central = zip.AsSpan().IndexOf("PK\u0001\u0002"u8);
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(local + 22), size);
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(central + 24), size);
    }
}

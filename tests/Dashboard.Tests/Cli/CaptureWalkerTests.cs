using Dashboard.Cli.Import;

namespace Dashboard.Tests.Cli;

public sealed class CaptureWalkerTests : IDisposable
{
    private static readonly WalkLimits s_small = new(MaxFileBytes: 64, MaxTotalBytes: 100, MaxEntries: 5);

    private readonly TempFolder _temp = new();

    [Fact]
    public void Walk_Folder_MapsTopLevelFilesToDefaultBatch_AndSubfoldersToTheirBatch()
    {
        _temp.Write("in/SN-1.txt", "one");
        _temp.Write("in/B-7/SN-2.log", "two");

        var captures = CaptureWalker.Walk(Path.Combine(_temp.Root, "in"), "B-1", WalkLimits.Default).ToList();

        Assert.Equal(
            [("B-7/SN-2.log", "SN-2", "B-7"), ("SN-1.txt", "SN-1", "B-1")],
            captures.Select(c => (c.Source, c.Serial, c.Batch)));
        Assert.All(captures, c => Assert.Null(c.Problem));
        Assert.Equal("two"u8.ToArray(), captures[0].Content);
    }

    [Fact]
    public void Walk_Folder_RefusesFilesMoreThanOneFolderDeep()
    {
        _temp.Write("in/B-7/line-2/SN-3.txt", "three");

        var capture = Assert.Single(CaptureWalker.Walk(Path.Combine(_temp.Root, "in"), "B-1", WalkLimits.Default));

        Assert.Contains("only one folder level", capture.Problem);
    }

    [Theory]
    [InlineData("SN-1.txt", "", "empty")]
    [InlineData(" .txt", "x", "no device serial")]
    [InlineData("SN-1.zip", "PK\u0003\u0004rest", "not unpacked")]
    public void Walk_Folder_RefusesFilesThatCannotBeCaptures(string name, string content, string reason)
    {
        _temp.Write("in/" + name, content);

        var capture = Assert.Single(CaptureWalker.Walk(Path.Combine(_temp.Root, "in"), "B-1", WalkLimits.Default));

        Assert.Contains(reason, capture.Problem);
    }

    [Fact]
    public void Walk_Folder_RefusesTopLevelFile_WhenNoBatchGiven()
    {
        _temp.Write("in/SN-1.txt", "one");
        _temp.Write("in/B-7/SN-2.txt", "two");

        var captures = CaptureWalker.Walk(Path.Combine(_temp.Root, "in"), null, WalkLimits.Default).ToList();

        Assert.Null(captures.Single(c => c.Serial == "SN-2").Problem);
        Assert.Contains("--batch", captures.Single(c => c.Serial == "SN-1").Problem);
    }

    [Fact]
    public void Walk_Folder_SkipsHiddenFilesAndFolders()
    {
        _temp.Write("in/SN-1.txt", "one");
        _temp.Write("in/.DS_Store", "junk");
        _temp.Write("in/.git/HEAD", "junk");

        var captures = CaptureWalker.Walk(Path.Combine(_temp.Root, "in"), "B", WalkLimits.Default).ToList();

        Assert.Equal(["SN-1.txt"], captures.Select(c => c.Source));
    }

    [Fact]
    public void Walk_Folder_RefusesFileLargerThanLimit()
    {
        _temp.Write("in/SN-1.txt", new string('x', 65));

        var capture = Assert.Single(CaptureWalker.Walk(Path.Combine(_temp.Root, "in"), "B", s_small));

        Assert.Contains("larger than", capture.Problem);
        Assert.Empty(capture.Content);
    }

    [Fact]
    public void Walk_Folder_TakesCapturedAtFromLastWriteTimeInUtc()
    {
        var file = _temp.Write("in/SN-1.txt", "one");
        var written = new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(file, written);

        var capture = Assert.Single(CaptureWalker.Walk(Path.Combine(_temp.Root, "in"), "B", WalkLimits.Default));

        Assert.Equal(new DateTimeOffset(written), capture.CapturedAt);
        Assert.Equal(TimeSpan.Zero, capture.CapturedAt!.Value.Offset);
    }

    [Fact]
    public void Walk_Zip_MapsFoldersToBatches()
    {
        var zip = _temp.WriteZip("in.zip", ("SN-1.txt", "one"), ("B-7/", ""), ("B-7/SN-2.txt", "two"));

        var captures = CaptureWalker.Walk(zip, "B-1", WalkLimits.Default).ToList();

        Assert.Equal([("B-7", "SN-2"), ("B-1", "SN-1")], captures.Select(c => (c.Batch!, c.Serial)));
        Assert.Equal("one"u8.ToArray(), captures[1].Content);
    }

    [Theory]
    [InlineData("../SN-1.txt")]
    [InlineData("B/../../SN-1.txt")]
    [InlineData("/etc/SN-1.txt")]
    [InlineData("C:/SN-1.txt")]
    [InlineData("..\\SN-1.txt")]
    [InlineData("./SN-1.txt")]
    public void Walk_Zip_RefusesEntryWithPathTrick(string entryName)
    {
        var zip = _temp.WriteZip("in.zip", (entryName, "one"));

        var capture = Assert.Single(CaptureWalker.Walk(zip, "B", WalkLimits.Default));

        Assert.Contains("absolute or has", capture.Problem);
    }

    [Fact]
    public void Walk_Zip_RefusesEntryLargerThanLimit_AndKeepsTheRest()
    {
        var zip = _temp.WriteZip("in.zip", ("SN-1.txt", new string('0', 65)), ("SN-2.txt", "two"));

        var captures = CaptureWalker.Walk(zip, "B", s_small).ToList();

        Assert.Contains("larger than", captures[0].Problem);
        Assert.Null(captures[1].Problem);
    }

    [Fact]
    public void Walk_Zip_ReadsNoMoreThanTheLimit_WhenAnEntryUnderstatesItsSize()
    {
        var zip = _temp.WriteZip("in.zip", ("SN-1.txt", new string('0', 10_000)));
        DeclareUncompressedSize(zip, 10);

        var capture = Assert.Single(CaptureWalker.Walk(zip, "B", s_small));

        Assert.InRange(capture.Content.Length, 0, s_small.MaxFileBytes);
    }

    [Fact]
    public void Walk_Zip_RefusesEntriesPastTheTotalLimit()
    {
        var entries = Enumerable.Range(1, 3).Select(i => ($"SN-{i}.txt", new string('0', 40))).ToArray();
        var zip = _temp.WriteZip("in.zip", entries);

        var captures = CaptureWalker.Walk(zip, "B", s_small).ToList();

        Assert.Null(captures[0].Problem);
        Assert.Null(captures[1].Problem);
        Assert.Contains("expands to more than", captures[2].Problem);
    }

    [Fact]
    public void Walk_Zip_Throws_WhenItListsTooManyEntries()
    {
        var entries = Enumerable.Range(1, 6).Select(i => ($"SN-{i}.txt", "x")).ToArray();
        var zip = _temp.WriteZip("in.zip", entries);

        var error = Assert.Throws<ImportSourceException>(() => CaptureWalker.Walk(zip, "B", s_small).ToList());

        Assert.Contains("6 entries", error.Message);
    }

    [Fact]
    public void Walk_Throws_WhenFileIsNotAZip()
    {
        var file = _temp.Write("SN-1.txt", "not a zip");

        Assert.Throws<ImportSourceException>(() => CaptureWalker.Walk(file, "B", WalkLimits.Default).ToList());
    }

    [Fact]
    public void Walk_Throws_WhenPathDoesNotExist()
    {
        var missing = Path.Combine(_temp.Root, "nowhere");

        var error = Assert.Throws<ImportSourceException>(() => CaptureWalker.Walk(missing, "B", WalkLimits.Default));

        Assert.Contains("nowhere", error.Message);
    }

    public void Dispose() => _temp.Dispose();

    // Rewrites the size in the central directory, as a zip bomb would, to slip under a size check.
    private static void DeclareUncompressedSize(string zipPath, uint size)
    {
        var bytes = File.ReadAllBytes(zipPath);
        var central = bytes.AsSpan().IndexOf("PK\u0001\u0002"u8);
        BitConverter.TryWriteBytes(bytes.AsSpan(central + 24, 4), size);
        File.WriteAllBytes(zipPath, bytes);
    }
}

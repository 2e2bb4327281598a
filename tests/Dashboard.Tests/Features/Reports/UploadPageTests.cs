using System.IO.Compression;
using Bunit;
using Dashboard.Web.Features.Reports;
using Microsoft.AspNetCore.Components.Forms;

namespace Dashboard.Tests.Features.Reports;

public sealed class UploadPageTests : PageTest
{
    private readonly TestDatabase _database = new();
    private readonly FakeIngestor _ingestor = new();

    public UploadPageTests() => this.AddDashboardTestServices(_database, _ingestor);

    protected override ValueTask DisposeAsyncCore()
    {
        _database.Dispose();

        return base.DisposeAsyncCore();
    }

    [Fact]
    public void Upload_ShowsPerFileOutcome_WithLinksToStoredDevices()
    {
        var cut = Render<UploadPage>();
        cut.Find(".upload-batch input").Input("LINE-1");
        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText("License Status: Licensed", "SN-1.txt"),
            InputFileContent.CreateFromText("License Status: Licensed", "dup-2.txt"),
            InputFileContent.CreateFromText("License Status: Licensed", "bad 3.txt"));

        cut.WaitForElement("button.upload-submit:not([disabled])").Click();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll(".upload-results tbody tr").Count));
        var links = cut.FindAll(".upload-results .device-link").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/devices/SN-1", "/devices/dup-2"], links);
        Assert.Single(cut.FindAll(".result-refused"));
        Assert.Contains("1 refused", cut.Find(".summary-refused").TextContent, StringComparison.Ordinal);
        Assert.All(_ingestor.Received, s => Assert.Equal("LINE-1", s.Batch));
    }

    [Fact]
    public void Upload_FilesAndFoldersNamedLikeKeys_ShowsTheNamesMasked()
    {
        var cut = Render<UploadPage>();
        cut.Find(".upload-batch input").Input("LINE-1");
        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText("License Status: Licensed", "VK7JG-NPHTM-C97JM-9MPGT-3V66T.txt"),
            InputFileContent.CreateFromText("License Status: Licensed", "vk7jg_nphtm_c97jm_9mpgt_3v66t.log"),
            InputFileContent.CreateFromBinary(Zip("VK7JG NPHTM C97JM 9MPGT 3V66T/SN-7.txt"), "captures.zip"));
        cut.WaitForAssertion(() => Assert.Contains("3V66T", cut.Find(".selected-files").TextContent));
        AssertNoHiddenGroup(cut.Find(".selected-files").TextContent);

        cut.WaitForElement("button.upload-submit:not([disabled])").Click();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll(".upload-results tbody tr").Count));
        Assert.Equal(3, cut.FindAll(".result-refused").Count);
        var table = cut.Find(".upload-results").TextContent;
        AssertNoHiddenGroup(table);
        // Three file names, the two serials taken from them, the batch taken from the zip's folder.
        Assert.Equal(6, table.Split("3V66T").Length - 1);
        Assert.Empty(cut.FindAll(".upload-results a"));
    }

    private static byte[] Zip(string path)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry(path).Open());
            writer.Write("License Status: Licensed");
        }

        return buffer.ToArray();
    }

    private static void AssertNoHiddenGroup(string text)
    {
        foreach (var group in new[] { "VK7JG", "NPHTM", "C97JM", "9MPGT" })
        {
            Assert.DoesNotContain(group, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}

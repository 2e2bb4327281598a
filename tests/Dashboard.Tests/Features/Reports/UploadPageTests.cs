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
}

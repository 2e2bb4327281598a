using Bunit;
using Dashboard.Core.Triage;
using Dashboard.Web.Features.Batches;

namespace Dashboard.Tests.Features.Batches;

public sealed class OverviewPageTests : PageTest
{
    private readonly TestDatabase _database = new();
    private readonly FakeIngestor _ingestor = new();
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("dashboard-ui-").FullName;

    public OverviewPageTests()
    {
        this.AddDashboardTestServices(_database, _ingestor, _dataDirectory);
        this.SignInAsAdmin();
    }

    protected override ValueTask DisposeAsyncCore()
    {
        _database.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);

        return base.DisposeAsyncCore();
    }

    [Fact]
    public void Render_ShowsEachBatchWithCountsByState_NewestActivityFirst()
    {
        _database.AddBatch("B-OLD", TestData.Now.AddDays(-2), (DeviceState.Activated, 3));
        _database.AddBatch("B-NEW", TestData.Now, (DeviceState.Activated, 7), (DeviceState.KeyRejected, 2));

        var cut = Render<OverviewPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".batch-link").Count));
        Assert.Equal(["B-NEW", "B-OLD"], cut.FindAll(".batch-link").Select(a => a.TextContent.Trim()));
        var newest = cut.FindAll(".batches-table tbody tr")[0];
        Assert.Equal("9", newest.QuerySelector(".device-count h6")!.TextContent.Trim());
        Assert.Equal("2", newest.QuerySelector(".state-keyrejected .state-count")!.TextContent.Trim());
        var rejected = newest.QuerySelector(".state-chip.state-keyrejected")!;
        Assert.Contains("Key rejected", rejected.TextContent, StringComparison.Ordinal);
        Assert.Equal("12", cut.Find(".total-devices").TextContent.Trim());
        Assert.Equal("10", cut.Find(".total-states .state-activated .state-count").TextContent.Trim());
    }

    [Fact]
    public void Render_OffersSampleImport_OnlyWhenDatabaseIsEmpty()
    {
        WriteSamples("SN-A.txt");

        var empty = Render<OverviewPage>();
        empty.WaitForAssertion(() => Assert.NotNull(empty.Find("button.import-samples")));

        _database.AddBatch("B1", TestData.Now, (DeviceState.Activated, 1));
        var filled = Render<OverviewPage>();
        filled.WaitForAssertion(() => Assert.Single(filled.FindAll(".batch-link")));
        Assert.Empty(filled.FindAll("button.import-samples"));
    }

    [Fact]
    public void ImportSamples_IngestsEveryShippedFile_IntoTheSamplesBatch()
    {
        WriteSamples("SN-A.txt", "SN-B.log");
        var cut = Render<OverviewPage>();

        cut.WaitForElement("button.import-samples").Click();

        cut.WaitForAssertion(() =>
            Assert.Contains("2 stored", cut.Find(".import-result").TextContent, StringComparison.Ordinal));
        Assert.Equal(["SN-A", "SN-B"], _ingestor.Received.Select(s => s.Serial));
        Assert.All(_ingestor.Received, s => Assert.Equal(SampleImporter.BatchId, s.Batch));
    }

    private void WriteSamples(params string[] names)
    {
        var samples = Directory.CreateDirectory(Path.Combine(_dataDirectory, "samples"));
        foreach (var name in names)
        {
            File.WriteAllText(Path.Combine(samples.FullName, name), "License Status: Licensed");
        }
    }
}

using Bunit;
using Dashboard.Core.Triage;
using Dashboard.Web.Features.Batches;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

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
    public async Task PlanBatch_NewIdentifier_CreatesTheBatchAndOpensItsPage_ExistingOneIsRefusedKeepingTheForm()
    {
        _database.AddBatch("B-1", TestData.Now, (DeviceState.Activated, 3));
        var provider = Render<MudDialogProvider>();
        var cut = Render<OverviewPage>();

        cut.WaitForElement("button.plan-batch").Click();
        provider.WaitForElement(".edit-batch-id input").Input("B-1");
        provider.Find(".edit-planned input").Change("250");
        provider.WaitForAssertion(() => Assert.False(provider.Find("button.save-batch").HasAttribute("disabled")));
        provider.Find("button.save-batch").Click();
        provider.WaitForAssertion(() => Assert.Contains(
            "Batch B-1 already exists", provider.Find(".batch-edit-error").TextContent, StringComparison.Ordinal));
        Assert.Equal("250", provider.Find(".edit-planned input").GetAttribute("value"));
        provider.Find(".edit-batch-id input").Input("B-2");
        provider.Find("button.save-batch").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.EndsWith("/batches/B-2", navigation.Uri, StringComparison.Ordinal));
        await using var db = _database.CreateDbContext();
        var planned = await db.Batches.SingleAsync(batch => batch.Id == "B-2");
        Assert.Equal((250, 0, 0), (planned.PlannedQuantity, planned.DeviceCount, planned.ReportCount));
        Assert.Equal(3, (await db.Batches.SingleAsync(batch => batch.Id == "B-1")).DeviceCount);
        Assert.Equal("batch.created", (await db.AuditLog.SingleAsync()).Action);
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

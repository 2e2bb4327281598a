using Bunit;
using Dashboard.Core.Triage;
using Dashboard.Web.Features.Batches;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace Dashboard.Tests.Features.Batches;

public sealed class BatchPageTests : PageTest
{
    private readonly TestDatabase _database = new();

    public BatchPageTests()
    {
        this.AddDashboardTestServices(_database);
        this.SignInAsAdmin();
        _database.AddBatch("B7", TestData.Now, (DeviceState.Activated, 60), (DeviceState.RetryOnline, 4));
        _database.AddDevices("B7", Enumerable.Range(0, 64).Select(i =>
            TestData.Device("B7", $"SN{i:D3}", i < 60 ? DeviceState.Activated : DeviceState.RetryOnline)));
    }

    protected override ValueTask DisposeAsyncCore()
    {
        _database.Dispose();

        return base.DisposeAsyncCore();
    }

    [Fact]
    public void Render_ShowsCountsAndFirstPageOfDevices()
    {
        var cut = Render<BatchPage>(ps => ps.Add(p => p.BatchId, "B7"));

        cut.WaitForAssertion(() => Assert.Equal(50, cut.FindAll(".device-link").Count));
        Assert.Equal("64", cut.Find(".batch-devices h6").TextContent.Trim());
        Assert.Equal("4", cut.Find(".batch-states .state-retryonline .state-count").TextContent.Trim());
        Assert.Equal("SN000", cut.FindAll(".device-link")[0].TextContent.Trim());
        Assert.Equal("Rows 1–50 of 64", cut.Find(".page-range").TextContent.Trim());
        Assert.Equal("/batches/B7/devices.csv", cut.Find("a.export-csv").GetAttribute("href"));
    }

    [Fact]
    public void NextPage_ContinuesAfterTheLastShownDevice()
    {
        var cut = Render<BatchPage>(ps => ps.Add(p => p.BatchId, "B7"));
        cut.WaitForAssertion(() => Assert.Equal(50, cut.FindAll(".device-link").Count));

        cut.Find("button.page-next").Click();

        cut.WaitForAssertion(() => Assert.Equal(14, cut.FindAll(".device-link").Count));
        Assert.Equal("SN050", cut.FindAll(".device-link")[0].TextContent.Trim());
        Assert.Equal("Rows 51–64 of 64", cut.Find(".page-range").TextContent.Trim());
        Assert.True(cut.Find("button.page-next").HasAttribute("disabled"));
    }

    [Fact]
    public void Render_SaysSo_WhenBatchDoesNotExist()
    {
        var cut = Render<BatchPage>(ps => ps.Add(p => p.BatchId, "NOPE"));

        cut.WaitForAssertion(() =>
            Assert.Contains("NOPE", cut.Find(".batch-missing").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditDialog_SavesNamePlanAndNotes()
    {
        var provider = Render<MudDialogProvider>();
        var cut = Render<BatchPage>(ps => ps.Add(p => p.BatchId, "B7"));
        cut.WaitForElement("button.edit-batch").Click();

        provider.WaitForElement(".edit-name input").Input("Order 4711");
        provider.Find(".edit-planned input").Change("100");
        provider.Find(".edit-notes textarea").Input("Shipped to Lyon");
        provider.Find("button.save-batch").Click();

        cut.WaitForAssertion(() => Assert.Equal("Order 4711", cut.Find(".batch-name").TextContent.Trim()));
        Assert.Equal("100", cut.Find(".batch-planned h6").TextContent.Trim());
        await using var db = _database.CreateDbContext();
        var batch = await db.Batches.SingleAsync(b => b.Id == "B7");
        Assert.Equal(("Order 4711", 100, "Shipped to Lyon"), (batch.Name, batch.PlannedQuantity, batch.Notes));
        var entry = await db.AuditLog.SingleAsync();
        Assert.Equal((TestPeople.AdminName, "batch.updated", "B7"), (entry.Actor, entry.Action, entry.Target));
        Assert.Contains("name: (none) -> \"Order 4711\"", entry.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-4")]
    [InlineData("10000001")]
    public async Task EditDialog_PlannedQuantityOutOfRange_SaysSoAndSavesNothing(string typed)
    {
        var provider = Render<MudDialogProvider>();
        var cut = Render<BatchPage>(ps => ps.Add(p => p.BatchId, "B7"));
        cut.WaitForElement("button.edit-batch").Click();

        provider.WaitForElement(".edit-planned input").Change(typed);

        provider.WaitForAssertion(() =>
            Assert.Contains("Give 1 to 10,000,000", provider.Markup, StringComparison.Ordinal));
        provider.Find("button.save-batch").Click();

        Assert.NotEmpty(provider.FindAll(".edit-planned"));
        await using var db = _database.CreateDbContext();
        Assert.Null((await db.Batches.SingleAsync(b => b.Id == "B7")).PlannedQuantity);
    }
}

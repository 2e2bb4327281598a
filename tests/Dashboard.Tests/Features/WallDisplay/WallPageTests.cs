using Bunit;
using Dashboard.Core.Triage;
using Dashboard.Web.Api.Contracts;
using Dashboard.Web.Features.Batches;
using Dashboard.Web.Features.WallDisplay;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Tests.Features.WallDisplay;

public sealed class WallPageTests : PageTest
{
    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(TestData.Now);

    public WallPageTests()
    {
        this.AddDashboardTestServices(_database);
        Services.AddSingleton<TimeProvider>(_time);
        Services.AddOptions<WallOptions>();
        Services.AddScoped<WallQueries>();
        _database.AddBatch(
            "FRESH", TestData.Now.AddMinutes(-5), (DeviceState.Activated, 40), (DeviceState.KeyRejected, 2));
        _database.AddBatch("QUIET", TestData.Now.AddMinutes(-40), (DeviceState.Activated, 10));
        _database.AddBatch("EMPTY-KEY", TestData.Now.AddMinutes(-1), (DeviceState.AllotmentExhausted, 3));
        _database.AddBatch("WRONG-KEY", TestData.Now.AddMinutes(-2), (DeviceState.NotEnabled, 4),
            (DeviceState.Unknown, 1), (DeviceState.AwaitingActivation, 6), (DeviceState.NeedsPhoneActivation, 2));
    }

    protected override ValueTask DisposeAsyncCore()
    {
        _database.Dispose();

        return base.DisposeAsyncCore();
    }

    [Fact]
    public void Render_MarksAQuietBatchStale_AndAgesAFreshOne()
    {
        var cut = RenderWall("/wall?batches=FRESH,QUIET");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".wall-panel").Count));
        var fresh = cut.Find(".wall-panel[data-batch=FRESH]");
        Assert.DoesNotContain("stale", fresh.ClassList);
        Assert.Equal("last report 5 min ago", fresh.QuerySelector(".age")!.TextContent.Trim());
        Assert.Equal("2", fresh.QuerySelector(".failures .value")!.TextContent.Trim());
        var quiet = cut.Find(".wall-panel[data-batch=QUIET]");
        Assert.Contains("stale", quiet.ClassList);
        Assert.Contains("STALE", quiet.QuerySelector(".stale-badge")!.TextContent);
        Assert.Equal("no report for 40 min", quiet.QuerySelector(".age")!.TextContent.Trim());
    }

    [Fact]
    public void Render_NoBatchesChosen_ShowsThoseWithReports_NotABatchPlannedSinceWithout()
    {
        _database.AddBatch("PLANNED", TestData.Now);

        var cut = RenderWall("/wall");

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll(".wall-panel").Count));
        Assert.Empty(cut.FindAll(".wall-panel[data-batch=PLANNED]"));
        Assert.NotEmpty(cut.FindAll(".wall-panel[data-batch=EMPTY-KEY]"));
    }

    [Fact]
    public void Render_PlannedBatchChosen_ShowsItWaitingForReports()
    {
        _database.AddBatch("PLANNED", TestData.Now);

        var cut = RenderWall("/wall?batches=PLANNED");

        cut.WaitForAssertion(() =>
            Assert.Contains("No reports yet", cut.Find(".wall-panel[data-batch=PLANNED]").TextContent));
    }

    [Fact]
    public async Task Render_BatchGivenAPlanWhileTheWallIsOpen_ShowsThePlanWithoutWaitingForAReport()
    {
        var cut = RenderWall("/wall?batches=FRESH");
        cut.WaitForAssertion(() => Assert.Contains("no plan set", cut.Find(".wall-panel").TextContent));

        await using (var scope = Services.CreateAsyncScope())
        {
            var settings = scope.ServiceProvider.GetRequiredService<BatchSettings>();
            var saved = await settings.UpdateAsync(
                "FRESH", new BatchUpdate(null, 80, null), replace: false, CancellationToken.None);
            Assert.NotNull(saved.Batch);
        }

        cut.WaitForAssertion(() => Assert.Equal("80", cut.Find(".wall-panel .planned-count").TextContent.Trim()));
    }

    [Fact]
    public void Render_TakesTheStalePeriodFromTheAddress()
    {
        var cut = RenderWall("/wall?batches=FRESH&stale=3");

        cut.WaitForAssertion(() => Assert.Contains("stale", cut.Find(".wall-panel[data-batch=FRESH]").ClassList));
    }

    [Fact]
    public void Render_RotatesScreens_AndKeepsTheExhaustedAlarmUp()
    {
        var cut = RenderWall("/wall?batches=FRESH,EMPTY-KEY&panels=1&rotate=10");

        cut.WaitForAssertion(() => Assert.Equal("FRESH", cut.Find(".wall-panel").GetAttribute("data-batch")));
        Assert.Contains("EXHAUSTED", cut.Find(".wall-alarm").TextContent);
        Assert.Contains("3 devices in batch EMPTY-KEY", cut.Find(".wall-alarm").TextContent);
        Assert.Equal("Screen 1 of 2", cut.Find(".wall-screen").TextContent.Trim());

        _time.Advance(TimeSpan.FromSeconds(10));

        cut.WaitForAssertion(() => Assert.Equal("EMPTY-KEY", cut.Find(".wall-panel").GetAttribute("data-batch")));
        Assert.Contains("EXHAUSTED", cut.Find(".wall-alarm").TextContent);
    }

    [Fact]
    public void Render_DevicesWithoutTheProductionKey_CountAsFailingNotWaiting()
    {
        var cut = RenderWall("/wall?batches=WRONG-KEY");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".wall-panel")));
        var panel = cut.Find(".wall-panel[data-batch=WRONG-KEY]");
        Assert.Equal("5", panel.QuerySelector(".failures .value")!.TextContent.Trim());
        Assert.Equal("2", panel.QuerySelector(".phone .value")!.TextContent.Trim());
        Assert.Equal("6", panel.QuerySelector(".waiting .value")!.TextContent.Trim());
        Assert.Contains("none-yet", panel.QuerySelector(".main-icon")!.ClassList);
    }

    [Fact]
    public void Render_ShowsAChosenBatchWithoutReports_AsWaiting()
    {
        var cut = RenderWall("/wall?batches=NOT-YET");

        cut.WaitForAssertion(() =>
            Assert.Contains("No reports yet", cut.Find(".wall-panel[data-batch=NOT-YET]").TextContent));
        Assert.Empty(cut.FindAll(".wall-alarm"));
    }

    [Theory]
    [InlineData("VK7JG-NPHTM-C97JM-9MPGT-3V66T")]
    [InlineData("VK7JG,NPHTM,C97JM,9MPGT,3V66T")]
    [InlineData("VK7JG, NPHTM, C97JM, 9MPGT, 3V66T")]
    public void Render_ProductKeyChosenAsBatches_ShowsOnlyItsLastFive(string key)
    {
        var cut = RenderWall("/wall?batches=FRESH," + Uri.EscapeDataString(key));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find(".wall-panel[data-batch=FRESH]")));
        Assert.Contains("3V66T", cut.Markup, StringComparison.Ordinal);
        foreach (var group in new[] { "VK7JG", "NPHTM", "C97JM", "9MPGT" })
        {
            Assert.DoesNotContain(group, cut.Markup, StringComparison.OrdinalIgnoreCase);
        }
    }

    private IRenderedComponent<WallPage> RenderWall(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);

        return Render<WallPage>();
    }
}

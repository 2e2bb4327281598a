using Bunit;
using Dashboard.Web.Data;
using Dashboard.Web.Features.QualityChecks;
using MudBlazor.Services;

namespace Dashboard.Tests.Features.QualityChecks;

public sealed class SpotCheckItemListTests : PageTest
{
    public SpotCheckItemListTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    [Fact]
    public void Render_PassWithDiscrepancy_IsNotShownAsAPlainPass()
    {
        SpotCheckItemView[] items =
        [
            Item("SN-1", SpotCheckResult.Pass, discrepancy: null),
            Item("SN-2", SpotCheckResult.Pass, discrepancy: "The device shows Notification; the report said Licensed."),
            Item("SN-3", SpotCheckResult.Pending, discrepancy: null),
        ];

        var cut = Render<SpotCheckItemList>(parameters => parameters.Add(p => p.Items, items));

        var captions = cut.FindAll(".sample-item").ToDictionary(
            row => row.QuerySelector(".sample-serial")!.TextContent, row => row.TextContent);
        Assert.EndsWith("passed", captions["SN-1"].Trim(), StringComparison.Ordinal);
        Assert.Contains("passed · discrepancy", captions["SN-2"], StringComparison.Ordinal);
        Assert.Contains("to check", captions["SN-3"], StringComparison.Ordinal);
    }

    private static SpotCheckItemView Item(string serial, SpotCheckResult result, string? discrepancy) =>
        new(serial, "line-1", result, [], null, null, null, null, null, discrepancy);
}

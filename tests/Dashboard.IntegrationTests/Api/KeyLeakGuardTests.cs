using Dashboard.Core.Parsing;
using Dashboard.Web.Features.Reports;

namespace Dashboard.IntegrationTests.Api;

public sealed class KeyLeakGuardTests
{
    [Fact]
    public void Ensure_KeyLeftAtLineEnd_MasksItAndCountsIt()
    {
        var parsed = ReportParser.Parse("x") with
        {
            RedactedText = "> slmgr /ipk ABCDE-FGHIJ-KLMNO-PQRST-UVWXY\nInstalled product key successfully.\n",
            RedactedKeys = 0,
        };

        var (report, missed) = KeyLeakGuard.Ensure(parsed);

        Assert.Equal(1, missed);
        Assert.Equal(1, report.RedactedKeys);
        Assert.DoesNotContain("ABCDE-FGHIJ", report.RedactedText, StringComparison.Ordinal);
        Assert.Contains("UVWXY", report.RedactedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Ensure_CleanText_ReturnsTheSameReport()
    {
        var parsed = ReportParser.Parse("License Status: Licensed\n");

        var (report, missed) = KeyLeakGuard.Ensure(parsed);

        Assert.Equal(0, missed);
        Assert.Same(parsed, report);
    }
}

using Dashboard.Web.Features.Administration;

namespace Dashboard.Tests.Features.Administration;

public sealed class RelativeTimeTests
{
    private static readonly DateTime s_now = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, "just now")]
    [InlineData(1, "1 minute ago")]
    [InlineData(59, "59 minutes ago")]
    [InlineData(60, "1 hour ago")]
    [InlineData(60 * 30, "1 day ago")]
    [InlineData(60 * 24 * 90, "2 months ago")]
    public void Ago_Elapsed_DescribedInLargestWholeUnit(int minutes, string expected) =>
        Assert.Equal(expected, RelativeTime.Ago(s_now.AddMinutes(-minutes), s_now));
}

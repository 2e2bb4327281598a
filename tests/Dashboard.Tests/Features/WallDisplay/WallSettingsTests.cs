using Dashboard.Web.Features.WallDisplay;

namespace Dashboard.Tests.Features.WallDisplay;

public sealed class WallSettingsTests
{
    private static readonly WallOptions s_options =
        new() { RotateSeconds = 20, StaleAfterMinutes = 15, PanelsPerScreen = 4 };

    [Theory]
    [InlineData("abc", "1e99", "", 20, 15, 4)]
    [InlineData("2.5", "-", "\0", 20, 15, 4)]
    [InlineData("30", "60", "6", 30, 60, 6)]
    [InlineData(" 30 ", "+60", "06", 30, 60, 6)]
    [InlineData("1", "0", "-5", 3, 1, 1)]
    [InlineData("99999999999", "99999999999999999999", "99999999999", 3_600, 10_080, 12)]
    [InlineData("-99999999999", null, null, 3, 15, 4)]
    public void From_AddressValues_WholeNumbersKeptWithinBounds_OthersFallBackToTheOptions(
        string? rotate, string? stale, string? panels, int rotateSeconds, int staleMinutes, int panelsPerScreen)
    {
        var settings = WallSettings.From(null, rotate, stale, panels, s_options);

        Assert.Equal(
            (rotateSeconds, staleMinutes, panelsPerScreen),
            (settings.RotateSeconds, settings.StaleAfterMinutes, settings.Panels));
    }

    [Fact]
    public void From_ChosenBatchWithAControlCharacter_IsLeftOut()
    {
        var settings = WallSettings.From("B-1,\0,B\u00072, B-3 ", null, null, null, s_options);

        Assert.Equal(["B-1", "B-3"], settings.Batches);
    }
}

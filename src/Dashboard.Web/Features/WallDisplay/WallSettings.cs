using Dashboard.Core.Parsing;

namespace Dashboard.Web.Features.WallDisplay;

/// <summary>The wall's settings from its address, each within bounds, falling back to the options.</summary>
public sealed record WallSettings(IReadOnlyList<string> Batches, int RotateSeconds, int StaleAfterMinutes, int Panels)
{
    private const int MaxChosenBatches = 48;

    public TimeSpan StaleAfter => TimeSpan.FromMinutes(StaleAfterMinutes);

    public static WallSettings From(string? batches, int? rotate, int? stale, int? panels, WallOptions options) => new(
        SplitBatches(batches),
        Math.Clamp(rotate ?? options.RotateSeconds, 3, 3_600),
        Math.Clamp(stale ?? options.StaleAfterMinutes, 1, 10_080),
        Math.Clamp(panels ?? options.PanelsPerScreen, 1, 12));

    // A chosen batch that does not exist gets an empty panel named as in the address, so a product key
    // there is masked first; before splitting, since a key written with commas would fill five panels.
    private static string[] SplitBatches(string? batches) => string.IsNullOrWhiteSpace(batches)
        ? []
        : [.. ProductKeyRedactor.Mask(batches)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxChosenBatches)];
}

using System.Globalization;
using System.Numerics;
using Dashboard.Core.Parsing;

namespace Dashboard.Web.Features.WallDisplay;

/// <summary>
/// The wall's settings from its address, each within bounds, falling back to the options. A wall runs
/// unattended, so a value that is not a whole number is ignored rather than refused.
/// </summary>
public sealed record WallSettings(IReadOnlyList<string> Batches, int RotateSeconds, int StaleAfterMinutes, int Panels)
{
    private const int MaxChosenBatches = 48;

    public TimeSpan StaleAfter => TimeSpan.FromMinutes(StaleAfterMinutes);

    public static WallSettings From(
        string? batches, string? rotate, string? stale, string? panels, WallOptions options) => new(
        SplitBatches(batches),
        Math.Clamp(WholeNumber(rotate) ?? options.RotateSeconds, 3, 3_600),
        Math.Clamp(WholeNumber(stale) ?? options.StaleAfterMinutes, 1, 10_080),
        Math.Clamp(WholeNumber(panels) ?? options.PanelsPerScreen, 1, 12));

    // Beyond int's range still says "as many as allowed" (or as few); the bounds above then apply.
    private static int? WholeNumber(string? text) =>
        BigInteger.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite
            | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value)
            ? (int)BigInteger.Clamp(value, int.MinValue, int.MaxValue)
            : null;

    // A chosen batch that does not exist gets an empty panel named as in the address, so a product key
    // there is masked first; before splitting, since a key written with commas would fill five panels. A name
    // with a control character in it names no batch, and would show as a blank title.
    private static string[] SplitBatches(string? batches) => string.IsNullOrWhiteSpace(batches)
        ? []
        : [.. ProductKeyRedactor.Mask(batches)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(batch => !batch.Any(char.IsControl))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxChosenBatches)];
}

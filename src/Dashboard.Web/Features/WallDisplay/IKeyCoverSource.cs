namespace Dashboard.Web.Features.WallDisplay;

/// <summary>
/// Supplies the keys' days of cover to the wall. The wall shows a keys panel only when one is registered
/// (<c>services.AddScoped&lt;IKeyCoverSource, ...&gt;()</c>), so it never shows a number nobody computed.
/// </summary>
public interface IKeyCoverSource
{
    Task<IReadOnlyList<KeyCover>> GetAsync(CancellationToken ct);
}

/// <summary>One key's outlook.</summary>
/// <param name="Label">The name people know the key by.</param>
/// <param name="PartialProductKey">Its last five characters.</param>
/// <param name="Remaining">Activations left in the allotment.</param>
/// <param name="DaysOfCover">Days the remaining activations last at the current rate; null when unknown.</param>
/// <param name="Exhausted">True when no activations are left: shown as a critical alarm.</param>
public sealed record KeyCover(
    string Label, string PartialProductKey, int Remaining, double? DaysOfCover, bool Exhausted);

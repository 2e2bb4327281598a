namespace Dashboard.Core.Triage;

/// <summary>What the dashboard knows beyond the capture itself, and that can change a device's state.</summary>
/// <param name="KnownPartialKeys">
/// The partial keys of every ePKEA key the dashboard knows. Empty means no key is registered yet, and then
/// no key is called unknown: otherwise a fresh dashboard would show every device as not enabled.
/// </param>
/// <param name="ExpectedPartialKey">
/// The partial key the device's batch is meant to use; null when it names none.
/// </param>
/// <param name="ManufacturingPartialKeys">Partial keys of default manufacturing keys, never production keys.</param>
/// <param name="StationWithoutInternet">True when the capturing station cannot reach the activation servers.</param>
/// <param name="PreviousState">The state of the device's capture just before this one; null for its first.</param>
public sealed record TriageContext(
    IReadOnlySet<string> KnownPartialKeys,
    string? ExpectedPartialKey,
    IReadOnlySet<string> ManufacturingPartialKeys,
    bool StationWithoutInternet,
    DeviceState? PreviousState)
{
    /// <summary>No keys, no policies, no history: the capture alone decides.</summary>
    public static TriageContext None { get; } = new(
        new HashSet<string>(), null, new HashSet<string>(), false, null);
}

namespace Dashboard.Web.Features.Live;

/// <summary>What changed since a page last heard: merged, so a burst arrives as one change.</summary>
/// <param name="ReportsStored">How many reports were stored.</param>
/// <param name="Devices">Serials of the devices that got a report.</param>
/// <param name="Batches">Batches whose totals changed.</param>
/// <param name="KeyAlarms">Key alarms raised, oldest first.</param>
public sealed record ActivationChange(
    int ReportsStored,
    IReadOnlySet<string> Devices,
    IReadOnlySet<string> Batches,
    IReadOnlyList<KeyAlarm> KeyAlarms)
{
    private static readonly IReadOnlySet<string> s_none = new HashSet<string>();

    public static ActivationChange ForAlarm(KeyAlarm alarm) => new(0, s_none, s_none, [alarm]);

    /// <summary>A batch's settings changed, with no report stored.</summary>
    public static ActivationChange ForBatch(string batchId) => new(0, s_none, new HashSet<string> { batchId }, []);

    public bool TouchesBatch(string batchId) => Batches.Contains(batchId);

    public bool TouchesDevice(string serial) => Devices.Contains(serial);

    public ActivationChange Merge(ActivationChange other) => new(
        ReportsStored + other.ReportsStored,
        Union(Devices, other.Devices),
        Union(Batches, other.Batches),
        [.. KeyAlarms, .. other.KeyAlarms]);

    private static IReadOnlySet<string> Union(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (b.Count == 0 || b.IsSubsetOf(a))
        {
            return a;
        }

        var union = new HashSet<string>(a, StringComparer.Ordinal);
        union.UnionWith(b);

        return union;
    }
}

/// <summary>A key needs attention: raised by the features that watch keys and allotments.</summary>
/// <param name="PartialProductKey">The key's last five characters; never the full key.</param>
/// <param name="Severity"><c>critical</c> (activations stopped, e.g. an exhausted allotment) or <c>warning</c>.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="RaisedAt">When it was raised (UTC).</param>
public sealed record KeyAlarm(string PartialProductKey, string Severity, string Message, DateTime RaisedAt)
{
    public const string Critical = "critical";

    public const string Warning = "warning";
}

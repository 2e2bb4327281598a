namespace Dashboard.Core.Triage;

/// <summary>Where a device stands on its way to a permanent activation.</summary>
public enum DeviceState
{
    /// <summary>Licensed permanently with a production key.</summary>
    Activated,

    /// <summary>A production key is installed and the grace period runs, with no failure seen.</summary>
    AwaitingActivation,

    /// <summary>An online attempt failed for network, DNS, proxy, TLS or clock reasons.</summary>
    RetryOnline,

    /// <summary>Online activation cannot or may not succeed; the device needs phone activation.</summary>
    NeedsPhoneActivation,

    /// <summary>The activation server says the key has no activations left.</summary>
    AllotmentExhausted,

    /// <summary>The installed key is invalid, blocked or for another edition.</summary>
    KeyRejected,

    /// <summary>No production key is installed (none, a default, KMS or evaluation key).</summary>
    NotEnabled,

    /// <summary>A local problem: not elevated, licensing store damaged, service failure.</summary>
    DeviceFault,

    /// <summary>The report could not be read well enough to tell.</summary>
    Unknown,
}

namespace Dashboard.Core.Triage;

/// <summary>The usual way out of an activation code, as the error reference groups them.</summary>
public enum Remedy
{
    /// <summary>Online activation cannot or may not succeed: activate by phone or VAMT proxy.</summary>
    Phone,

    /// <summary>The activation server could not be reached: fix connectivity or the clock, then retry.</summary>
    Network,

    /// <summary>The key is wrong, invalid, blocked or for another edition.</summary>
    Key,

    /// <summary>Transient: retry later.</summary>
    Wait,

    /// <summary>A problem on the device itself: permissions, licensing store, services.</summary>
    Local,

    /// <summary>Informational, or nothing the device owner can change.</summary>
    None,

    /// <summary>Concerns KMS clients and hosts only, not a key activated per device.</summary>
    Kms,
}

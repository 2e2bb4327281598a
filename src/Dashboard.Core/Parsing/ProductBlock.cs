using System.Text.Json.Serialization;

namespace Dashboard.Core.Parsing;

/// <summary>One licensed product as <c>slmgr /dli</c> or <c>/dlv</c> described it.</summary>
/// <remarks>
/// Every value is as printed, except where noted: codes are normalised to <c>0x</c> and eight
/// upper-case hex digits, the Installation ID to its digits, and the partial key is null when the
/// report masks it.
/// </remarks>
public sealed record ProductBlock
{
    /// <summary>The whole <c>Name:</c> value, e.g. <c>Windows(R), IoTEnterpriseS edition</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The edition ID taken from the name, e.g. <c>IoTEnterpriseS</c>.</summary>
    public string? Edition { get; init; }

    /// <summary>The channel from the description, e.g. <c>VOLUME_MAK</c> or <c>OEM_DM</c>.</summary>
    public string? Channel { get; init; }

    public string? ActivationId { get; init; }

    public string? ApplicationId { get; init; }

    public string? ExtendedPid { get; init; }

    /// <summary>The <c>Product Key Channel:</c> value, e.g. <c>Volume:MAK</c>.</summary>
    public string? ProductKeyChannel { get; init; }

    /// <summary>The Installation ID's digits (63 on Windows 8 and later, 54 on older products).</summary>
    public string? InstallationId { get; init; }

    /// <summary>The last five characters of the installed key, or null when absent or masked.</summary>
    public string? PartialProductKey { get; init; }

    public LicenseStatus LicenseStatus { get; init; } = LicenseStatus.Unknown;

    public string? NotificationReason { get; init; }

    /// <summary>Minutes left of a grace period or a time-limited activation.</summary>
    public int? GraceMinutes { get; init; }

    public int? WindowsRearmCount { get; init; }

    public int? SkuRearmCount { get; init; }

    /// <summary>As printed: the format follows the device's regional settings, not a fixed one.</summary>
    public string? TrustedTime { get; init; }

    /// <summary>What kind of expiry <see cref="GraceMinutes"/> counts down to.</summary>
    [JsonIgnore]
    public GraceKind GraceKind { get; init; }

    /// <summary>True when the product is Windows itself, not Office or another application.</summary>
    [JsonIgnore]
    public bool IsWindows { get; init; }

    /// <summary>True for an add-on licence (such as Extended Security Updates) rather than a base edition.</summary>
    [JsonIgnore]
    public bool IsAddOn { get; init; }
}

/// <summary>The line that carried a product's remaining minutes.</summary>
public enum GraceKind
{
    None,
    GracePeriod,
    VolumeActivation,
    TimebasedActivation,
    VirtualMachineActivation,
}

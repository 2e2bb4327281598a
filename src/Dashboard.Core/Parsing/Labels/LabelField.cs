namespace Dashboard.Core.Parsing.Labels;

/// <summary>The lines of a status listing the parser tells apart by their label.</summary>
public enum LabelField
{
    ServiceVersion,
    Name,
    Description,
    ActivationId,
    ApplicationId,
    ExtendedPid,
    ProductKeyChannel,
    InstallationId,
    PartialProductKey,
    LicenseStatus,
    NotificationReason,
    TimeRemaining,
    VolumeActivationExpiration,
    TimebasedActivationExpiration,
    VirtualMachineActivationExpiration,
    WindowsRearmCount,
    SkuRearmCount,
    TrustedTime,

    /// <summary>ospp.vbs's description of the error code on the line before.</summary>
    ErrorDescription,

    /// <summary>A known line that carries nothing the dashboard keeps (URLs, KMS details, counters).</summary>
    Ignored,
}

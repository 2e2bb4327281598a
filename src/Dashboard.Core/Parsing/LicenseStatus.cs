namespace Dashboard.Core.Parsing;

/// <summary>
/// The licence state of one product, numbered as the WMI <c>SoftwareLicensingProduct.LicenseStatus</c>
/// property numbers it (0 to 6), with <see cref="Unknown"/> for anything the report does not say.
/// </summary>
public enum LicenseStatus
{
    Unlicensed = 0,
    Licensed = 1,
    InitialGrace = 2,
    AdditionalGrace = 3,
    NonGenuineGrace = 4,
    Notification = 5,
    ExtendedGrace = 6,
    Unknown = 7,
}

using Dashboard.Core.Parsing;

namespace Dashboard.Core.Parsing.Labels;

/// <summary>Italian, from a quoted <c>/xpr</c> message; unverified on a device.</summary>
internal static class ItalianLabels
{
    public static LabelTable Table { get; } = new()
    {
        Language = "it",
        ExpiryMessages =
        [
            ("Il computer è attivato definitivamente", LicenseStatus.Licensed, GraceKind.None),
        ],
    };
}

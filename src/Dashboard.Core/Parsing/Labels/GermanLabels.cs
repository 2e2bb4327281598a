using Dashboard.Core.Parsing;

namespace Dashboard.Core.Parsing.Labels;

/// <summary>German, from third-party parsers and a translated Microsoft article; unverified on a device.</summary>
/// <remarks>German prints the same label for the Windows and the SKU rearm count; the parser tells them
/// apart by order (the first is Windows).</remarks>
internal static class GermanLabels
{
    public static LabelTable Table { get; } = new()
    {
        Language = "de",
        Labels =
        [
            ("Product Key-Kanal", LabelField.ProductKeyChannel),
            ("Lizenzstatus", LabelField.LicenseStatus),
            ("Benachrichtigungsgrund", LabelField.NotificationReason),
            ("Ablauf der zeitbegrenzten Aktivierung", LabelField.TimebasedActivationExpiration),
            ("Verbleibende Windows Rearm-Anzahl", LabelField.WindowsRearmCount),
        ],
        Statuses =
        [
            ("Nicht lizenziert", LicenseStatus.Unlicensed),
            ("Lizenziert", LicenseStatus.Licensed),
            ("Benachrichtigung", LicenseStatus.Notification),
        ],
        ErrorPrefixes = ["Fehler"],
        Indicators =
        [
            "Alle Rechte vorbehalten",
            "Softwarelizenzierungsdienst",
            "Schlüsselverwaltungsdienst",
        ],
    };
}

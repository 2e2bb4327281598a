using Dashboard.Core.Parsing;

namespace Dashboard.Core.Parsing.Labels;

/// <summary>
/// Spanish, from a third-party label dictionary and a translated Microsoft article; unverified on a device.
/// </summary>
internal static class SpanishLabels
{
    public static LabelTable Table { get; } = new()
    {
        Language = "es",
        Labels =
        [
            ("Versión del Servicio de licencias de software", LabelField.ServiceVersion),
            ("Nombre", LabelField.Name),
            ("Descripción", LabelField.Description),
            ("Id. de activación", LabelField.ActivationId),
            ("Id. de aplicación", LabelField.ApplicationId),
            ("PID extendido", LabelField.ExtendedPid),
            ("Canal de clave de producto", LabelField.ProductKeyChannel),
            ("Id. de instalación", LabelField.InstallationId),
            ("Clave de producto parcial", LabelField.PartialProductKey),
            ("Estado de la licencia", LabelField.LicenseStatus),
            ("Estado de licencia", LabelField.LicenseStatus),
            ("Razón de la notificación", LabelField.NotificationReason),
            ("Recuento de rearmado de Windows restante", LabelField.WindowsRearmCount),
            ("Recuento de rearmados de SKU restantes", LabelField.SkuRearmCount),
            ("Hora de confianza", LabelField.TrustedTime),
            ("URL de la licencia de uso", LabelField.Ignored),
            ("URL de validación", LabelField.Ignored),
        ],
        Statuses =
        [
            ("Con licencia", LicenseStatus.Licensed),
        ],
        Indicators =
        [
            "Servicio de licencias de software",
            "no se ha podido",
        ],
    };
}

using Dashboard.Core.Parsing;

namespace Dashboard.Core.Parsing.Labels;

/// <summary>Russian, from quoted lines and third-party scripts; unverified on a device.</summary>
internal static class RussianLabels
{
    public static LabelTable Table { get; } = new()
    {
        Language = "ru",
        Labels =
        [
            ("Частичный ключ продукта", LabelField.PartialProductKey),
            ("Состояние лицензии", LabelField.LicenseStatus),
        ],
        Statuses =
        [
            ("имеет лицензию", LicenseStatus.Licensed),
            ("лицензировано", LicenseStatus.Licensed),
        ],
        ErrorPrefixes = ["Ошибка"],
    };
}

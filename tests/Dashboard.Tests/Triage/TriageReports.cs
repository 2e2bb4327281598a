using Dashboard.Core.Parsing;

namespace Dashboard.Tests.Triage;

/// <summary>Builds parsed reports for triage tests without going through the parser.</summary>
internal static class TriageReports
{
    public static ProductBlock Product(
        LicenseStatus status,
        string channel = "VOLUME_MAK",
        string edition = "IoTEnterpriseS",
        string? notificationReason = null,
        GraceKind graceKind = GraceKind.None) => new()
        {
            Name = $"Windows(R), {edition} edition",
            Edition = edition,
            Channel = channel,
            PartialProductKey = "ABCDE",
            LicenseStatus = status,
            NotificationReason = notificationReason,
            GraceKind = graceKind,
            IsWindows = true,
        };

    public static ParsedReport Report(ProductBlock? product, params string[] errorCodes) => new()
    {
        Encoding = "utf-8",
        Language = "en",
        Product = product,
        Products = product is null ? [] : [product],
        Errors = [.. errorCodes.Select(code => new ReportError(code, ""))],
    };
}

using System.Globalization;
using Dashboard.Core.Parsing;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Features.Devices;

public sealed partial class ReportCard
{
    /// <summary>The report to show.</summary>
    [Parameter, EditorRequired]
    public ReportView Report { get; set; } = default!;

    /// <summary>True for the report that decides the device's state. Defaults to false.</summary>
    [Parameter]
    public bool Current { get; set; }

    private ParsedReport? Parsed => Report.Parsed;

    private ProductBlock? Product => Parsed?.Product;

    private IEnumerable<(string Label, string? Value)> Fields()
    {
        var product = Product;
        var unread = Parsed is null ? "The parse result could not be read" : "None read";
        yield return ("Product", product?.Name ?? unread);
        yield return ("Edition", product?.Edition);
        yield return ("Channel", product?.Channel);
        yield return ("Product key channel", product?.ProductKeyChannel);
        yield return ("Partial product key", product?.PartialProductKey);
        yield return ("License status", product is null ? null : product.LicenseStatus.ToString());
        yield return ("Notification reason", product?.NotificationReason);
        yield return ("Grace minutes", Number(product?.GraceMinutes));
        yield return ("Windows rearm count", Number(product?.WindowsRearmCount));
        yield return ("SKU rearm count", Number(product?.SkuRearmCount));
        yield return ("Trusted time", product?.TrustedTime);
        yield return ("Installation ID", product?.InstallationId);
        yield return ("Extended PID", product?.ExtendedPid);
        yield return ("Activation ID", product?.ActivationId);
        yield return ("Redacted keys", Report.RedactedKeys.ToString(CultureInfo.InvariantCulture));
        yield return ("Encoding", Report.Encoding);
        yield return ("Language", Report.Language);
    }

    private List<string> OtherProducts() =>
        Parsed is null ? [] :
        [.. Parsed.Products.Where(p => p != Product).Select(p => $"{p.Name ?? "unnamed product"} ({p.LicenseStatus})")];

    private static string? Number(int? value) => value?.ToString("N0", CultureInfo.InvariantCulture);

    private static string Slug(string label) => label.ToLowerInvariant().Replace(' ', '-');
}

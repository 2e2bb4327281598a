using Dashboard.Core.Parsing.Labels;

namespace Dashboard.Core.Parsing;

/// <summary>Collects one product's lines while the parser walks the capture.</summary>
internal sealed class ProductBuilder
{
    private readonly HashSet<LabelField> _seen = [];
    private ProductBlock _product = new();
    private string? _description;

    public bool IsEmpty => _seen.Count == 0;

    /// <summary>True when the product's licence line said <c>This license is not in use.</c></summary>
    public bool NotInUse { get; set; }

    public bool HasSeen(LabelField field) => _seen.Contains(field);

    public bool HasSeenBesides(LabelField field) => _seen.Any(seen => seen != field);

    /// <summary>Applies a labelled value; returns what was wrong with it, or null when it was read.</summary>
    public string? Apply(LabelField field, string value)
    {
        _seen.Add(field);
        var masked = ValueReaders.IsMasked(value);
        _product = field switch
        {
            LabelField.Name => WithName(value),
            LabelField.Description => WithDescription(value),
            LabelField.ActivationId => _product with { ActivationId = ValueReaders.Guid(value) },
            LabelField.ApplicationId => _product with { ApplicationId = ValueReaders.Guid(value) },
            LabelField.ExtendedPid => _product with { ExtendedPid = ValueReaders.ExtendedPid(value) },
            LabelField.ProductKeyChannel => _product with { ProductKeyChannel = ValueReaders.ProductKeyChannel(value) },
            LabelField.InstallationId => _product with { InstallationId = ValueReaders.InstallationId(value) },
            LabelField.PartialProductKey => _product with { PartialProductKey = ValueReaders.PartialProductKey(value) },
            LabelField.LicenseStatus => _product with { LicenseStatus = StatusReader.Read(value) },
            LabelField.NotificationReason => _product with { NotificationReason = ValueReaders.Code(value) },
            LabelField.TimeRemaining => WithGrace(value, GraceKind.GracePeriod),
            LabelField.VolumeActivationExpiration => WithGrace(value, GraceKind.VolumeActivation),
            LabelField.TimebasedActivationExpiration => WithGrace(value, GraceKind.TimebasedActivation),
            LabelField.VirtualMachineActivationExpiration => WithGrace(value, GraceKind.VirtualMachineActivation),
            LabelField.WindowsRearmCount => _product with { WindowsRearmCount = ValueReaders.Integer(value) },
            LabelField.SkuRearmCount => _product with { SkuRearmCount = ValueReaders.Integer(value) },
            LabelField.TrustedTime => _product with { TrustedTime = value.Length == 0 ? null : value },
            _ => _product,
        };

        return Problem(field, value, masked);
    }

    /// <summary>Sets the status an <c>/xpr</c> line states.</summary>
    public void ApplyExpiry(LicenseStatus status, GraceKind grace)
    {
        _seen.Add(LabelField.LicenseStatus);
        _product = _product with { LicenseStatus = status, GraceKind = grace };
    }

    public ProductBlock Build()
    {
        var windows = _product.IsWindows || (_product.Name is null && DescriptionSaysWindows());

        return _product with { IsWindows = windows };
    }

    private bool DescriptionSaysWindows() =>
        _description?.Contains("Windows", StringComparison.OrdinalIgnoreCase) == true;

    private ProductBlock WithName(string name) => _product with
    {
        Name = name,
        Edition = ValueReaders.Edition(name),
        IsWindows = name.StartsWith("Windows", StringComparison.OrdinalIgnoreCase),
        IsAddOn = name.Contains("add-on", StringComparison.OrdinalIgnoreCase)
            || name.Contains("ESU", StringComparison.Ordinal),
    };

    private ProductBlock WithDescription(string description)
    {
        _description = description;

        return _product with { Channel = ValueReaders.Channel(description) };
    }

    private ProductBlock WithGrace(string value, GraceKind kind) =>
        _product with { GraceMinutes = ValueReaders.Minutes(value), GraceKind = kind };

    private string? Problem(LabelField field, string value, bool masked)
    {
        var read = field switch
        {
            LabelField.ActivationId => _product.ActivationId,
            LabelField.ApplicationId => _product.ApplicationId,
            LabelField.ExtendedPid => _product.ExtendedPid,
            LabelField.InstallationId => _product.InstallationId,
            LabelField.PartialProductKey => _product.PartialProductKey,
            LabelField.NotificationReason => _product.NotificationReason,
            _ => "",
        };
        if (read is not null)
        {
            return field == LabelField.InstallationId ? InstallationIdLengthProblem(read) : null;
        }

        return masked
            ? $"{Describe(field)} is masked in the capture"
            : $"{Describe(field)} \"{Shorten(value)}\" could not be read";
    }

    private static string? InstallationIdLengthProblem(string digits) => digits.Length is 63 or 54
        ? null
        : $"Installation ID has {digits.Length} digits where 63 (Windows 8 and later) or 54 (older products) "
            + "were expected; it may have been cut short";

    private static string Describe(LabelField field) => field switch
    {
        LabelField.ActivationId => "Activation ID",
        LabelField.ApplicationId => "Application ID",
        LabelField.ExtendedPid => "Extended PID",
        LabelField.InstallationId => "Installation ID",
        LabelField.PartialProductKey => "Partial product key",
        LabelField.NotificationReason => "Notification reason",
        _ => field.ToString(),
    };

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

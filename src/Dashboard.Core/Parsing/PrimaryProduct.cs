namespace Dashboard.Core.Parsing;

/// <summary>Picks the product that decides a device's state.</summary>
internal static class PrimaryProduct
{
    /// <summary>
    /// The base Windows edition with an installed key; add-ons such as Extended Security Updates and
    /// other applications (Office) do not decide whether the device is activated. A block whose Name
    /// line is missing (an excerpt, a quoted line) is taken when nothing better is there.
    /// </summary>
    public static ProductBlock? Choose(IReadOnlyList<ProductBlock> products)
    {
        var windows = products.Where(product => product.IsWindows && !product.IsAddOn).ToList();

        return windows.FirstOrDefault(product => product.PartialProductKey is not null)
            ?? windows.FirstOrDefault(product => product.LicenseStatus != LicenseStatus.Unknown)
            ?? windows.FirstOrDefault()
            ?? products.FirstOrDefault(product =>
                product.Name is null && !product.IsAddOn && !IsOtherApplication(product));
    }

    private static bool IsOtherApplication(ProductBlock product) =>
        product.ApplicationId is { } id
        && !id.Equals("55c92734-d682-4d71-983e-d6ec3f16059f", StringComparison.OrdinalIgnoreCase);
}

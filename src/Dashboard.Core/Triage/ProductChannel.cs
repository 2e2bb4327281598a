using Dashboard.Core.Parsing;

namespace Dashboard.Core.Triage;

/// <summary>Tells production licences apart from evaluation, KMS and virtual-machine ones.</summary>
internal static class ProductChannel
{
    /// <summary>Why the product is not on a production key, or null when it is (or cannot be told).</summary>
    public static string? WhyNotProduction(ProductBlock product)
    {
        var channel = product.Channel ?? "";
        var keyChannel = product.ProductKeyChannel ?? "";
        var edition = product.Edition ?? product.Name ?? "";

        if (Has(channel, "KMSCLIENT") || Has(keyChannel, "GVLK") || product.GraceKind == GraceKind.VolumeActivation)
        {
            return "A KMS client key (GVLK) is installed, not the production key; it activates against KMS only.";
        }

        if (Has(channel, "EVAL") || Has(edition, "Eval") || product.GraceKind == GraceKind.TimebasedActivation)
        {
            return "This is evaluation media (time-limited licence), not a production image.";
        }

        if (Has(channel, "VIRTUAL_MACHINE") || product.GraceKind == GraceKind.VirtualMachineActivation)
        {
            return "An automatic virtual machine activation key is installed, not the production key.";
        }

        return null;
    }

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}

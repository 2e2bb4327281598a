namespace Dashboard.Core.Parsing;

/// <summary>A one-line outcome of a licensing command other than a status listing.</summary>
public enum ReportEvent
{
    /// <summary><c>/ipk</c>: a product key was installed.</summary>
    KeyInstalled,

    /// <summary><c>/upk</c>: the product key was uninstalled.</summary>
    KeyUninstalled,

    /// <summary><c>/cpky</c>: the product key was cleared from the registry.</summary>
    KeyClearedFromRegistry,

    /// <summary><c>/ato</c>: activation succeeded.</summary>
    ActivationSucceeded,

    /// <summary><c>/atp</c>: a Confirmation ID was accepted.</summary>
    ConfirmationIdDeposited,

    /// <summary>No product with an installed key was found (<c>Error: product key not found.</c>).</summary>
    ProductKeyNotFound,
}

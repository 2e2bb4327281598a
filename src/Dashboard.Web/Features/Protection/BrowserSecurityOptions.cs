namespace Dashboard.Web.Features.Protection;

/// <summary>What browsers are told and allowed: part of the <c>Security</c> configuration section.</summary>
public sealed class BrowserSecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Origins besides the dashboard's own (e.g. <c>https://wall.factory.example</c>) whose pages may
    /// open the live connection of a page or hub.
    /// </summary>
    /// <value>None: only pages the dashboard served itself.</value>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>The CSP <c>frame-ancestors</c> of the wall display, the only page that may be embedded.</summary>
    /// <value><c>*</c>: any page may embed the wall. Every other page refuses to be framed.</value>
    public string WallFrameAncestors { get; set; } = "*";
}

namespace Dashboard.Web.Features.Access;

/// <summary>Where to go after signing in: only ever a page of this site, so a link cannot send users elsewhere.</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.StartsWith("/account/", StringComparison.Ordinal)
            ? url
            : "/";
}

using Dashboard.Web.Features.Protection;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// The ways in: a person's cookie, a station's API key, a wall's display token (in the address once, then
/// in its own cookie so the page's live connection carries it). One policy scheme picks per request.
/// </summary>
public static class AccessSchemes
{
    public const string Selector = "Dashboard";

    public const string StationKey = "StationKey";

    public const string DisplayToken = "DisplayToken";

    public const string DisplayCookie = "DisplayCookie";

    public const string UserCookieName = ".Dashboard.User";

    public const string DisplayCookieName = ".Dashboard.Display";

    /// <summary>The wall's query parameter that carries a display token.</summary>
    public const string TokenParameter = "token";

    internal static string Select(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.ContainsKey(StationRateLimit.ApiKeyHeader))
        {
            return StationKey;
        }

        if (SecurityHeadersMiddleware.IsWall(request.Path) && request.Query.ContainsKey(TokenParameter))
        {
            return DisplayToken;
        }

        var displayOnly = request.Cookies.ContainsKey(DisplayCookieName)
            && !request.Cookies.ContainsKey(UserCookieName);

        return displayOnly ? DisplayCookie : IdentityConstants.ApplicationScheme;
    }

    /// <summary>Machine-facing paths answer 401/403 with problem details instead of a sign-in redirect.</summary>
    internal static bool IsMachinePath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/openapi")
        || path.StartsWithSegments("/_blazor");
}

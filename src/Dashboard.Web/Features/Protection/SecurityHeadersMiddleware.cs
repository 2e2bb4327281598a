using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Protection;

/// <summary>Tells browsers what the pages may load and who may frame them.</summary>
/// <remarks>
/// MudBlazor positions popovers, grids and charts with inline <c>style</c> attributes, so styles allow
/// <c>'unsafe-inline'</c>; scripts do not: the one inline script, the import map of fingerprinted modules,
/// is allowed by its hash. The live connection is same-origin, which <c>'self'</c> covers
/// (WebSocket included). Only the wall display may be embedded, in a screen that shows it full size.
/// </remarks>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<BrowserSecurityOptions> options)
{
    private const string Policy =
        "default-src 'self'; base-uri 'self'; object-src 'none'; form-action 'self'; img-src 'self' data:; "
        + "font-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; script-src 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        // Decided on the path as asked: an error page re-executed under another path keeps the answer.
        var wall = IsWall(context.Request.Path);
        context.Response.OnStarting(() =>
        {
            AddHeaders(context, wall);
            return Task.CompletedTask;
        });

        return next(context);
    }

    private void AddHeaders(HttpContext context, bool wall)
    {
        var policy = Policy + ImportMapHash(context) + "; frame-ancestors ";
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";

        if (wall)
        {
            headers.ContentSecurityPolicy = policy + options.Value.WallFrameAncestors;
            return;
        }

        headers.ContentSecurityPolicy = policy + "'none'";
        headers.XFrameOptions = "DENY";
    }

    // The page renders the endpoint's import map as the inline script's exact text.
    private static string ImportMapHash(HttpContext context)
    {
        var importMap = context.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>();
        if (importMap is null)
        {
            return "";
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(importMap.ToString()));

        return $" 'sha256-{Convert.ToBase64String(hash)}'";
    }

    /// <summary>True for the wall display's page, the one page meant to be embedded.</summary>
    public static bool IsWall(PathString path) => path.StartsWithSegments("/wall");
}

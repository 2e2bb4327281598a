using System.Security.Claims;
using Dashboard.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// Holds every request made with a person's cookie against their account's security stamp, so a cookie
/// whose stamp has changed (signed out, new password, locked by an admin, roles changed) is refused at once,
/// even a copy kept elsewhere.
/// </summary>
/// <remarks>
/// Identity's own check refreshes the person's claims and cookie, at several queries each time, so it runs
/// once a minute; this one is a single read of one column by primary key on every request that carries the
/// cookie (static files included), and leaves the refresh to Identity's check.
/// </remarks>
internal static class SessionStamps
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context, Func<Task> next)
    {
        if (await IsCurrentAsync(context.HttpContext, context.Principal))
        {
            await next();
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    private static async Task<bool> IsCurrentAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        var claims = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal?.FindFirstValue(claims.SecurityStampClaimType);
        if (id is null || stamp is null)
        {
            return false;
        }

        var dbFactory = http.RequestServices.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync(http.RequestAborted);
        var current = await db.Users.AsNoTracking().Where(user => user.Id == id)
            .Select(user => user.SecurityStamp).FirstOrDefaultAsync(http.RequestAborted);

        return current is not null && string.Equals(current, stamp, StringComparison.Ordinal);
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// Checks every minute (<see cref="AccessOptions.RevalidationSeconds"/>) that an open page's user still may
/// be signed in: a person whose security stamp is unchanged (signed out, password, roles, locked by an admin),
/// a wall whose token is not revoked. A wall runs for days on one connection, so the check at connect time
/// alone would never see a revocation.
/// </summary>
/// <remarks>
/// A lockout after wrong passwords keeps the stamp and so closes no open page: a stranger typing wrong
/// passwords may stop new sign-ins for a while, but cannot throw the account's owner off the floor.
/// </remarks>
internal sealed class RevalidatingAccessStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> identity,
    IOptions<AccessOptions> access)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(access.Value.RevalidationSeconds);

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var user = authenticationState.User;
        await using var scope = scopes.CreateAsyncScope();

        if (user.IsDisplay() || user.IsStation())
        {
            var lookup = scope.ServiceProvider.GetRequiredService<CredentialLookup>();

            return user.CredentialId() is { } id && await lookup.IsActiveAsync(id, cancellationToken);
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();

        return await IsPersonCurrentAsync(users, user, identity.Value.ClaimsIdentity.SecurityStampClaimType);
    }

    internal static async Task<bool> IsPersonCurrentAsync(
        UserManager<IdentityUser> users, ClaimsPrincipal principal, string stampClaimType)
    {
        var person = await users.GetUserAsync(principal);
        if (person is null)
        {
            return false;
        }

        var stamp = principal.FindFirstValue(stampClaimType);

        return stamp == await users.GetSecurityStampAsync(person);
    }
}

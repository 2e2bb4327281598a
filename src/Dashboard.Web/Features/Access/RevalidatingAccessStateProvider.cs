using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// Checks every minute (<see cref="AccessOptions.RevalidationSeconds"/>) that an open page's user still may
/// be signed in: a person not locked out and with an unchanged security stamp (roles, password), a wall
/// whose token is not revoked. A wall runs for days on one connection, so the check at connect time alone
/// would never see a revocation.
/// </summary>
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

        return await IsCurrentAsync(users, user);
    }

    private async Task<bool> IsCurrentAsync(UserManager<IdentityUser> users, ClaimsPrincipal principal)
    {
        var person = await users.GetUserAsync(principal);
        if (person is null || await users.IsLockedOutAsync(person))
        {
            return false;
        }

        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);

        return stamp == await users.GetSecurityStampAsync(person);
    }
}

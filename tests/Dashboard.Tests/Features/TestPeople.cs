using System.Security.Claims;
using Bunit;
using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Features;

/// <summary>Signed-in people for component and service tests, judged by the dashboard's real policies.</summary>
public static class TestPeople
{
    public const string AdminName = "admin@dashboard.test";

    /// <summary>
    /// Signs <paramref name="name"/> in with <paramref name="roles"/> through bUnit's test authorization,
    /// but lets <see cref="AccessPolicies"/> decide what the roles allow (bUnit alone would grant policies by
    /// name), and makes the person the <see cref="CurrentActor"/> the services record.
    /// </summary>
    public static void SignInAs(this BunitContext context, string name, params string[] roles)
    {
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized(name);
        authorization.SetRoles(roles);

        var services = context.Services;
        services.AddAuthorizationCore();
        AccessPolicies.Add(new AuthorizationBuilder(services));
        services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
        services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        services.AddScoped(provider =>
        {
            var state = provider.GetRequiredService<AuthenticationStateProvider>().GetAuthenticationStateAsync();

            return Actor(state.GetAwaiter().GetResult().User);
        });
    }

    public static void SignInAsAdmin(this BunitContext context) => context.SignInAs(AdminName, DashboardRoles.Admin);

    /// <summary>A person as the sign-in cookie would carry them.</summary>
    public static ClaimsPrincipal Person(string name, params string[] roles) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), .. roles.Select(role => new Claim(ClaimTypes.Role, role))],
            "Test"));

    /// <summary>The actor services record: <paramref name="user"/>, or nobody (<c>system</c>).</summary>
    public static CurrentActor Actor(ClaimsPrincipal? user = null)
    {
        var actor = new CurrentActor(new HttpContextAccessor());
        if (user is not null)
        {
            actor.SetCircuitUser(user);
        }

        return actor;
    }
}

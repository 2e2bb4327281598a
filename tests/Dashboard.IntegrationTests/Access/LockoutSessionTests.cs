using System.Net;
using System.Security.Claims;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Administration;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.IntegrationTests.Access;

/// <summary>
/// Wrong passwords typed by someone else lock the account against new sign-ins but leave its owner's open
/// sessions alone; an admin's lock ends them.
/// </summary>
public sealed class LockoutSessionTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private const string Password = "Owner-Password-42";

    [Fact]
    public async Task WrongPasswords_LockOut_OwnersSessionStays()
    {
        var email = await CreatePersonAsync();
        var cookie = await fixture.SignInAsync(email, Password);
        var principal = await PrincipalAsync(email);

        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var person = await users.FindByEmailAsync(email);
        for (var attempt = 0; attempt < users.Options.Lockout.MaxFailedAccessAttempts; attempt++)
        {
            await users.AccessFailedAsync(person!);
        }

        Assert.True(await users.IsLockedOutAsync(person!));
        Assert.Equal(HttpStatusCode.OK, (await Client(cookie).GetAsync("/api/v1/batches")).StatusCode);
        Assert.True(await IsCurrentAsync(principal));
    }

    [Fact]
    public async Task AdminLock_EndsOwnersSession()
    {
        var email = await CreatePersonAsync();
        var cookie = await fixture.SignInAsync(email, Password);
        var principal = await PrincipalAsync(email);

        await using var scope = fixture.Services.CreateAsyncScope();
        var person = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>()
            .FindByEmailAsync(email);
        var locked = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .LockAsync(person!.Id, CancellationToken.None);

        Assert.True(locked.Succeeded);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(cookie).GetAsync("/api/v1/batches")).StatusCode);
        Assert.False(await IsCurrentAsync(principal));
    }

    // What an open page's periodic check decides, in a scope of its own as each check has, for the person
    // as they were when they signed in.
    private async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var stampClaim = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value
            .ClaimsIdentity.SecurityStampClaimType;

        return await RevalidatingAccessStateProvider.IsPersonCurrentAsync(users, principal, stampClaim);
    }

    private async Task<ClaimsPrincipal> PrincipalAsync(string email)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<IdentityUser>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();

        return await factory.CreateAsync((await users.FindByEmailAsync(email))!);
    }

    private HttpClient Client(string cookie) =>
        fixture.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).WithSession(cookie);

    private async Task<string> CreatePersonAsync()
    {
        var email = $"owner-{Guid.NewGuid():N}@dashboard.test";
        await using var scope = fixture.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateAsync(email, Password, [DashboardRoles.Viewer], CancellationToken.None);
        Assert.True(created.Succeeded);

        return email;
    }
}

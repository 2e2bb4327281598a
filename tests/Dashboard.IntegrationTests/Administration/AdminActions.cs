using Dashboard.IntegrationTests.Access;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Administration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Administration;

/// <summary>Changes to people as the users page makes them, acting as a given person like a page's circuit.</summary>
internal static class AdminActions
{
    public static async Task<T> AsAsync<T>(
        this DashboardFactory host, string? actorEmail, Func<UserAdministration, Task<T>> act)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (actorEmail is not null)
        {
            var person = await services.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(actorEmail);
            var principal = await services.GetRequiredService<SignInManager<IdentityUser>>()
                .CreateUserPrincipalAsync(person!);
            services.GetRequiredService<CurrentActor>().SetCircuitUser(principal);
        }

        return await act(services.GetRequiredService<UserAdministration>());
    }

    public static async Task<string> CreatePersonAsync(this DashboardFactory host, params string[] roles)
    {
        var email = $"person-{Guid.NewGuid():N}@dashboard.test";
        var created = await host.AsAsync(TestAccess.AdminEmail,
            admin => admin.CreateAsync(email, Password, roles, CancellationToken.None));
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));

        return email;
    }

    public const string Password = "Person-Password-42";

    public static async Task<IdentityUser> FindAsync(this DashboardFactory host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();

        return (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email))!;
    }

    public static async Task<List<AuditEntry>> AuditOfAsync(this DashboardFactory host, string target)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>()
            .CreateDbContextAsync();

        return await db.AuditLog.Where(entry => entry.Target == target).OrderBy(entry => entry.Id).ToListAsync();
    }
}

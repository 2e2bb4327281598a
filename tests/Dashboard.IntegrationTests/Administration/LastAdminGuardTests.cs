using Dashboard.IntegrationTests.Access;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Administration;

/// <summary>On a host of its own: the guards count every admin, so no other test may add or lock one.</summary>
public sealed class LastAdminGuardTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private const string Admin = TestAccess.AdminEmail;

    [Fact]
    public async Task Guards_SelfLockAndLastActiveAdmin_RefusedWithReason()
    {
        var adminId = (await fixture.FindAsync(Admin)).Id;
        var second = await fixture.CreatePersonAsync(DashboardRoles.Admin);
        var secondId = (await fixture.FindAsync(second)).Id;

        var selfLock = await fixture.AsAsync(Admin, admin => admin.LockAsync(adminId, default));
        var selfDemote = await fixture.AsAsync(Admin,
            admin => admin.SetRolesAsync(adminId, [DashboardRoles.Viewer], default));
        var lockSecond = await fixture.AsAsync(Admin, admin => admin.LockAsync(secondId, default));
        // The second admin is locked now: taking Admin from the first would leave no one to administer.
        var lastLock = await fixture.AsAsync(null, admin => admin.LockAsync(adminId, default));
        var lastDemote = await fixture.AsAsync(null,
            admin => admin.SetRolesAsync(adminId, [DashboardRoles.QA], default));

        Assert.Contains("cannot lock your own account", Assert.Single(selfLock.Errors), StringComparison.Ordinal);
        Assert.Contains("your own account", Assert.Single(selfDemote.Errors), StringComparison.Ordinal);
        Assert.True(lockSecond.Succeeded, string.Join(" ", lockSecond.Errors));
        Assert.Contains("last active admin", Assert.Single(lastLock.Errors), StringComparison.Ordinal);
        Assert.Contains("last active admin", Assert.Single(lastDemote.Errors), StringComparison.Ordinal);
        var admin = await fixture.FindAsync(Admin);
        Assert.Null(admin.LockoutEnd);
        Assert.Contains("Admin", await RolesAsync(Admin));
    }

    private async Task<IList<string>> RolesAsync(string email)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();

        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }
}

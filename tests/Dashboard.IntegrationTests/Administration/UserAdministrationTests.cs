using Dashboard.IntegrationTests.Access;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Features.Access;

namespace Dashboard.IntegrationTests.Administration;

public sealed class UserAdministrationTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private const string Admin = TestAccess.AdminEmail;

    [Fact]
    public async Task Lock_Person_CannotSignInAndAuditedByActor()
    {
        var email = await fixture.CreatePersonAsync(DashboardRoles.Viewer);
        var id = (await fixture.FindAsync(email)).Id;
        var stampBefore = (await fixture.FindAsync(email)).SecurityStamp;

        var locked = await fixture.AsAsync(Admin, admin => admin.LockAsync(id, default));

        Assert.True(locked.Succeeded, string.Join(" ", locked.Errors));
        var user = await fixture.FindAsync(email);
        Assert.Equal(DateTimeOffset.MaxValue, user.LockoutEnd);
        Assert.NotEqual(stampBefore, user.SecurityStamp);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => fixture.SignInAsync(email, AdminActions.Password));
        Assert.Contains("This account is locked by an admin.", refused.Message, StringComparison.Ordinal);
        var entry = (await fixture.AuditOfAsync(email)).Last();
        Assert.Equal(("user.locked", Admin), (entry.Action, entry.Actor));
    }

    [Fact]
    public async Task Unlock_LockedPerson_SignsInAgain()
    {
        var email = await fixture.CreatePersonAsync(DashboardRoles.QA);
        var id = (await fixture.FindAsync(email)).Id;
        await fixture.AsAsync(Admin, admin => admin.LockAsync(id, default));

        var unlocked = await fixture.AsAsync(Admin, admin => admin.UnlockAsync(id, default));

        Assert.True(unlocked.Succeeded);
        Assert.StartsWith(TestAccess.UserCookie, await fixture.SignInAsync(email, AdminActions.Password));
        Assert.Equal("user.unlocked", (await fixture.AuditOfAsync(email)).Last().Action);
    }

    [Fact]
    public async Task SetPassword_Weak_RefusedWithIdentityReasonsAndNothingChanged()
    {
        var email = await fixture.CreatePersonAsync(DashboardRoles.Operator);
        var id = (await fixture.FindAsync(email)).Id;
        var entriesBefore = (await fixture.AuditOfAsync(email)).Count;

        var refused = await fixture.AsAsync(Admin, admin => admin.SetPasswordAsync(id, "short", default));

        Assert.False(refused.Succeeded);
        Assert.Contains(refused.Errors, error => error.Contains("at least 12 characters", StringComparison.Ordinal));
        Assert.StartsWith(TestAccess.UserCookie, await fixture.SignInAsync(email, AdminActions.Password));
        Assert.Equal(entriesBefore, (await fixture.AuditOfAsync(email)).Count);
    }

    [Fact]
    public async Task SetPassword_Strong_OldPasswordStopsWorkingAndNoPasswordAudited()
    {
        var email = await fixture.CreatePersonAsync(DashboardRoles.Operator);
        var id = (await fixture.FindAsync(email)).Id;
        const string newPassword = "Fresh-Password-2026";

        var changed = await fixture.AsAsync(Admin, admin => admin.SetPasswordAsync(id, newPassword, default));

        Assert.True(changed.Succeeded, string.Join(" ", changed.Errors));
        Assert.StartsWith(TestAccess.UserCookie, await fixture.SignInAsync(email, newPassword));
        await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.SignInAsync(email, AdminActions.Password));
        var entries = await fixture.AuditOfAsync(email);
        Assert.Equal("user.password-reset", entries.Last().Action);
        Assert.DoesNotContain(entries, e => $"{e.Details}{e.Target}".Contains("Password-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SetRoles_ViewerToQa_RolesChangedAndAudited()
    {
        var email = await fixture.CreatePersonAsync(DashboardRoles.Viewer);
        var id = (await fixture.FindAsync(email)).Id;

        var changed = await fixture.AsAsync(Admin,
            admin => admin.SetRolesAsync(id, [DashboardRoles.QA, DashboardRoles.Operator], default));

        Assert.True(changed.Succeeded, string.Join(" ", changed.Errors));
        var entry = (await fixture.AuditOfAsync(email)).Last();
        Assert.Equal("user.roles-changed", entry.Action);
        Assert.Equal("Roles: Viewer -> QA, Operator.", entry.Details);
    }

    [Fact]
    public async Task Create_WeakPasswordOrNoRole_RefusedWithReasons()
    {
        var email = $"new-{Guid.NewGuid():N}@dashboard.test";

        var weak = await fixture.AsAsync(Admin,
            admin => admin.CreateAsync(email, "alllowercase", [DashboardRoles.Viewer], default));
        var noRole = await fixture.AsAsync(Admin,
            admin => admin.CreateAsync(email, AdminActions.Password, [], default));

        Assert.Contains(weak.Errors, error => error.Contains("uppercase", StringComparison.Ordinal));
        Assert.Contains(weak.Errors, error => error.Contains("digit", StringComparison.Ordinal));
        Assert.Equal(["Choose at least one role."], noRole.Errors);
        Assert.Null(await fixture.FindAsync(email));
    }
}

using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Features.Administration;

public sealed partial class UserAdministration
{
    /// <summary>
    /// Refuses a change that would leave no one able to administer: an admin locking themselves or
    /// taking away their own Admin role, or the last admin who is not locked losing it.
    /// </summary>
    private async Task<UserChange?> RefuseLosingAdminAsync(
        UserManager<IdentityUser> users, IdentityUser user, string verb)
    {
        if (actor.User is { } self && users.GetUserId(self) == user.Id)
        {
            return UserChange.Refused(
                $"You cannot {verb} your own account: ask another admin, so that someone can still administer.");
        }

        if (!await users.IsInRoleAsync(user, DashboardRoles.Admin) || UserDirectory.IsLockedByAdmin(user))
        {
            return null;
        }

        var admins = await users.GetUsersInRoleAsync(DashboardRoles.Admin);
        var others = admins.Count(admin => admin.Id != user.Id && !UserDirectory.IsLockedByAdmin(admin));

        return others > 0
            ? null
            : UserChange.Refused(
                $"{user.Email} is the last active admin: make someone else an admin first, then {verb} this account.");
    }
}

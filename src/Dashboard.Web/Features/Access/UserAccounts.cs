using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Features.Access;

/// <summary>Creating people's accounts, with their roles, through Identity; every account created is audited.</summary>
public sealed class UserAccounts(
    UserManager<IdentityUser> users,
    Microsoft.EntityFrameworkCore.IDbContextFactory<Data.DashboardDbContext> dbFactory,
    AuditLog audit)
{
    /// <summary>Creates a user whose user name is their email, holding <paramref name="roles"/>.</summary>
    /// <returns>Identity's verdict; its errors say what was wrong with the email or password.</returns>
    public async Task<IdentityResult> CreateAsync(
        string email, string password, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        var unknown = roles.Except(DashboardRoles.All).ToList();
        if (unknown.Count > 0)
        {
            return IdentityResult.Failed(new IdentityError
            {
                Code = "UnknownRole",
                Description = $"There is no role '{unknown[0]}'; roles are {string.Join(", ", DashboardRoles.All)}.",
            });
        }

        var user = new IdentityUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);

            return added;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        audit.Record(db, "user.created", user.UserName, $"Roles: {string.Join(", ", roles)}.");
        await db.SaveChangesAsync(ct);

        return created;
    }
}

using Dashboard.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Administration;

/// <summary>Lists people with their roles and whether they may sign in.</summary>
public sealed class UserDirectory(
    IDbContextFactory<DashboardDbContext> dbFactory,
    IOptions<IdentityOptions> identity,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<UserView>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(user => user.Email).ToListAsync(ct);
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, link => link.RoleId, role => role.Id, (link, role) => new { link.UserId, role.Name })
            .ToListAsync(ct);
        var rolesByUser = roles.ToLookup(link => link.UserId, link => link.Name ?? "");
        var now = clock.GetUtcNow();

        var lockoutAfter = identity.Value.Lockout.MaxFailedAccessAttempts;

        return [.. users.Select(user => ToView(user, rolesByUser[user.Id], now, lockoutAfter))];
    }

    /// <summary>An admin's lock lasts until an admin lifts it; Identity's own lockouts end by themselves.</summary>
    public static bool IsLockedByAdmin(IdentityUser user) => user.LockoutEnd == DateTimeOffset.MaxValue;

    public static UserStatus StatusOf(IdentityUser user, DateTimeOffset now) =>
        IsLockedByAdmin(user) ? UserStatus.Locked
        : user.LockoutEnd is { } end && end > now ? UserStatus.LockedOut
        : UserStatus.Active;

    /// <summary>
    /// Wrong passwords in a row. Identity sets the count back to nought as it locks an account out, so a
    /// lockout counts as the wrong passwords that caused it until it ends.
    /// </summary>
    public static int FailedSignInsOf(IdentityUser user, DateTimeOffset now, int lockoutAfter) =>
        StatusOf(user, now) == UserStatus.LockedOut ? Math.Max(lockoutAfter, user.AccessFailedCount)
        : user.AccessFailedCount;

    private static UserView ToView(IdentityUser user, IEnumerable<string> roles, DateTimeOffset now, int lockoutAfter)
    {
        var status = StatusOf(user, now);
        var ordered = roles.OrderBy(role => IndexOf(role)).ToList();

        return new UserView(
            user.Id, user.Email ?? user.UserName ?? "", ordered, status,
            status == UserStatus.LockedOut ? user.LockoutEnd : null, FailedSignInsOf(user, now, lockoutAfter));
    }

    private static readonly List<string> s_roleOrder = [.. Access.DashboardRoles.All];

    // Roles are shown in the order of DashboardRoles.All (most powerful first), not alphabetically.
    private static int IndexOf(string role) =>
        s_roleOrder.IndexOf(role) is var index and >= 0 ? index : int.MaxValue;
}

using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Features.Administration;

/// <summary>
/// An admin's changes to people: accounts, roles, locks and passwords. Each change and its audit entry
/// are stored in one transaction. No password is ever audited or logged.
/// </summary>
public sealed partial class UserAdministration(
    ActingScope acting,
    CurrentActor actor,
    TimeProvider clock,
    ILogger<UserAdministration> logger)
{
    // The last-admin checks read, then write; one change at a time keeps two admins from racing past them.
    private static readonly SemaphoreSlim s_gate = new(1, 1);

    public async Task<UserChange> CreateAsync(
        string email, string password, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        if (roles.Count == 0)
        {
            return UserChange.Refused("Choose at least one role.");
        }

        await using var scope = acting.Begin();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var created = UserChange.From(await accounts.CreateAsync(email, password, roles, ct));
        if (created.Succeeded)
        {
            LogCreated(logger, email.Trim(), string.Join(", ", roles), actor.Name);
        }

        return created;
    }

    public Task<UserChange> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken ct) =>
        ChangeAsync(userId, ct, async (edit, users, user) =>
        {
            var unknown = roles.Except(DashboardRoles.All).ToList();
            if (roles.Count == 0 || unknown.Count > 0)
            {
                return UserChange.Refused(unknown.Count > 0
                    ? $"There is no role '{unknown[0]}'." : "Choose at least one role.");
            }

            var current = await users.GetRolesAsync(user);
            if (current.Contains(DashboardRoles.Admin) && !roles.Contains(DashboardRoles.Admin)
                && await RefuseLosingAdminAsync(users, user, "take the Admin role from") is { } refused)
            {
                return refused;
            }

            var before = string.Join(", ", current);
            var after = string.Join(", ", DashboardRoles.All.Where(roles.Contains));
            return await edit.RecordAsync("user.roles-changed", $"Roles: {before} -> {after}.", async () =>
            {
                var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
                var added = removed.Succeeded ? await users.AddToRolesAsync(user, roles.Except(current)) : removed;

                // A role taken away reaches the person's open pages at their next check, not at next sign-in.
                return added.Succeeded ? await users.UpdateSecurityStampAsync(user) : added;
            });
        });

    /// <summary>Disables the account until unlocked, and ends its open sessions (a new security stamp).</summary>
    public Task<UserChange> LockAsync(string userId, CancellationToken ct) =>
        ChangeAsync(userId, ct, async (edit, users, user) =>
        {
            if (await RefuseLosingAdminAsync(users, user, "lock") is { } refused)
            {
                return refused;
            }

            return await edit.RecordAsync("user.locked", "Locked until an admin unlocks.", async () =>
            {
                var enabled = await users.SetLockoutEnabledAsync(user, true);
                var locked = enabled.Succeeded
                    ? await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue)
                    : enabled;

                return locked.Succeeded ? await users.UpdateSecurityStampAsync(user) : locked;
            });
        });

    /// <summary>Lifts an admin's lock or a lockout after wrong passwords, and clears the failed count.</summary>
    public Task<UserChange> UnlockAsync(string userId, CancellationToken ct) =>
        ChangeAsync(userId, ct, (edit, users, user) =>
        {
            var now = clock.GetUtcNow();
            var failed = UserDirectory.FailedSignInsOf(user, now, users.Options.Lockout.MaxFailedAccessAttempts);
            var details = $"Was {UserDirectory.StatusOf(user, now)}, {failed} failed sign-ins.";
            return edit.RecordAsync("user.unlocked", details, async () =>
            {
                var unlocked = await users.SetLockoutEndDateAsync(user, null);

                return unlocked.Succeeded ? await users.ResetAccessFailedCountAsync(user) : unlocked;
            });
        });

    /// <summary>Sets a new password (held to the sign-in's rules); the person's open sessions end.</summary>
    public Task<UserChange> SetPasswordAsync(string userId, string password, CancellationToken ct) =>
        ChangeAsync(userId, ct, (edit, users, user) =>
            edit.RecordAsync("user.password-reset", "A new password was set by an admin.", async () =>
            {
                // Removing the old password changes the security stamp; a refused new one rolls both back.
                var removed = await users.RemovePasswordAsync(user);

                return removed.Succeeded ? await users.AddPasswordAsync(user, password) : removed;
            }));

    private delegate Task<UserChange> Change(UserEdit edit, UserManager<IdentityUser> users, IdentityUser user);

    private async Task<UserChange> ChangeAsync(string userId, CancellationToken ct, Change change)
    {
        await s_gate.WaitAsync(ct);
        try
        {
            await using var scope = acting.Begin();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return UserChange.Refused("This person no longer exists; reload the page.");
            }

            var edit = new UserEdit(scope.ServiceProvider, user, logger, actor.Name);

            return await change(edit, users, user);
        }
        finally
        {
            s_gate.Release();
        }
    }

    [LoggerMessage(8501, LogLevel.Information, "{Actor} created the account {Email} with roles {Roles}")]
    private static partial void LogCreated(ILogger logger, string email, string roles, string actor);
}

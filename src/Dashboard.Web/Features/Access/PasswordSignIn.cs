using System.Security.Claims;
using Dashboard.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Access;

/// <summary>What a sign-in attempt comes to; only someone who gave the right password learns of a lock.</summary>
public enum SignInVerdict
{
    SignedIn,

    /// <summary>No such account, or not its password, whatever state the account is in.</summary>
    WrongEmailOrPassword,

    /// <summary>The right password for an account an admin locked.</summary>
    LockedByAdmin,

    /// <summary>The right password for an account locked out after too many wrong ones.</summary>
    LockedOut,
}

/// <summary>
/// Signs a person in with their email and password without telling anyone else about the account: a wrong
/// password is answered alike for an unknown address, an active account, one an admin locked and one locked
/// out, and wrong passwords during a lockout neither count nor lengthen it. Lockouts are audited.
/// </summary>
public sealed partial class PasswordSignIn(
    SignInManager<IdentityUser> signIn,
    IDbContextFactory<DashboardDbContext> dbFactory,
    AuditLog audit,
    ILogger<PasswordSignIn> logger)
{
    // Checking a password takes a while; an unknown address is checked against this so it takes as long.
    private static readonly Lazy<string> s_decoyHash = new(() =>
        new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser(), Guid.NewGuid().ToString()));

    public async Task<SignInVerdict> SignInAsync(string email, string password, bool remember)
    {
        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new IdentityUser(), s_decoyHash.Value, password);

            return SignInVerdict.WrongEmailOrPassword;
        }

        if (await users.IsLockedOutAsync(user))
        {
            return !await users.CheckPasswordAsync(user, password) ? SignInVerdict.WrongEmailOrPassword
                : user.LockoutEnd == DateTimeOffset.MaxValue ? SignInVerdict.LockedByAdmin
                : SignInVerdict.LockedOut;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // As PasswordSignInAsync does once the password is checked (no second factor here).
            await signIn.SignInWithClaimsAsync(user, remember, [new Claim("amr", "pwd")]);

            return SignInVerdict.SignedIn;
        }

        // Identity locks the account on the wrong password that reaches the limit: this attempt's.
        if (result.IsLockedOut)
        {
            await RecordLockoutAsync(user);
        }

        return SignInVerdict.WrongEmailOrPassword;
    }

    private async Task RecordLockoutAsync(IdentityUser user)
    {
        var attempts = signIn.Options.Lockout.MaxFailedAccessAttempts;
        var until = user.LockoutEnd?.UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync();
        audit.Record(db, "user.locked-out", user.UserName ?? user.Id,
            new AuditDetails().Add("wrongPasswords", attempts).Add("until", until).ToString(), AuditLog.System);
        await db.SaveChangesAsync();

        Log.LockedOut(logger, user.UserName ?? user.Id, attempts);
    }

    private static partial class Log
    {
        [LoggerMessage(6010, LogLevel.Warning, "Account {User} locked out after {Attempts} wrong passwords")]
        public static partial void LockedOut(ILogger logger, string user, int attempts);
    }
}

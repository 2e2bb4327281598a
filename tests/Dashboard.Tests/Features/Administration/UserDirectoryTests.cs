using Dashboard.Web.Features.Administration;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Tests.Features.Administration;

public sealed class UserDirectoryTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void StatusOf_AdminLock_IsLockedUntilUnlocked() =>
        Assert.Equal(UserStatus.Locked, UserDirectory.StatusOf(User(DateTimeOffset.MaxValue), s_now));

    [Fact]
    public void StatusOf_LockoutAfterWrongPasswords_IsLockedOutUntilItEnds()
    {
        var user = User(s_now.AddMinutes(10));

        Assert.Equal(UserStatus.LockedOut, UserDirectory.StatusOf(user, s_now));
        Assert.Equal(UserStatus.Active, UserDirectory.StatusOf(user, s_now.AddMinutes(11)));
    }

    [Fact]
    public void StatusOf_NoLockout_IsActive() =>
        Assert.Equal(UserStatus.Active, UserDirectory.StatusOf(User(null), s_now));

    [Fact]
    public void FailedSignInsOf_LockedOut_CountsTheWrongPasswordsThatLockedIt()
    {
        // Identity sets the count back to nought as it locks the account out.
        var user = User(s_now.AddMinutes(10));
        user.AccessFailedCount = 0;

        Assert.Equal(5, UserDirectory.FailedSignInsOf(user, s_now, lockoutAfter: 5));
        Assert.Equal(0, UserDirectory.FailedSignInsOf(user, s_now.AddMinutes(11), lockoutAfter: 5));
    }

    [Fact]
    public void FailedSignInsOf_NotLockedOut_IsTheCount()
    {
        var active = User(null);
        active.AccessFailedCount = 3;
        var lockedByAdmin = User(DateTimeOffset.MaxValue);
        lockedByAdmin.AccessFailedCount = 2;

        Assert.Equal(3, UserDirectory.FailedSignInsOf(active, s_now, lockoutAfter: 5));
        Assert.Equal(2, UserDirectory.FailedSignInsOf(lockedByAdmin, s_now, lockoutAfter: 5));
    }

    private static IdentityUser User(DateTimeOffset? lockoutEnd) =>
        new("someone@x.test") { LockoutEnd = lockoutEnd, LockoutEnabled = true };
}

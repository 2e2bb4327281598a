namespace Dashboard.Web.Features.Administration;

/// <summary>A person as the users page lists them; never their password hash or security stamp.</summary>
public sealed record UserView(
    string Id,
    string Email,
    IReadOnlyList<string> Roles,
    UserStatus Status,
    DateTimeOffset? LockedUntil,
    int FailedSignIns);

public enum UserStatus
{
    /// <summary>May sign in.</summary>
    Active,

    /// <summary>Too many wrong passwords: locked until <see cref="UserView.LockedUntil"/> or an unlock.</summary>
    LockedOut,

    /// <summary>Locked by an admin until an admin unlocks the account.</summary>
    Locked,
}

/// <summary>The outcome of a change to a person: done, or the reasons it was refused, in words for the page.</summary>
public sealed record UserChange(IReadOnlyList<string> Errors)
{
    public static UserChange Done { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static UserChange Refused(string reason) => new([reason]);

    public static UserChange From(Microsoft.AspNetCore.Identity.IdentityResult result) =>
        result.Succeeded ? Done : new([.. result.Errors.Select(error => error.Description)]);
}

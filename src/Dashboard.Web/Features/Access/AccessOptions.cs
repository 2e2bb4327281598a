using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// Credentials an automated installation provides on first start: part of the <c>Security</c> section.
/// Secrets belong in environment variables or a secret store, not in a checked-in settings file. A blank
/// value means "not set", as start-up reads it: deployments often pass <c>Security__BootstrapAdminEmail=</c>.
/// </summary>
public sealed class AccessOptions : IValidatableObject
{
    public const string Section = "Security";

    /// <summary>A station key with both scopes (ingest, read), created on start unless it exists.</summary>
    /// <value>None.</value>
    public string? BootstrapStationKey { get; set; }

    /// <summary>A display token for <c>/wall?token=...</c>, created on start unless it exists.</summary>
    /// <value>None.</value>
    public string? BootstrapDisplayToken { get; set; }

    /// <summary>The first admin's email (their user name); used only while the database has no user.</summary>
    /// <value>None: the first admin is created on <c>/setup</c> with the code the log shows.</value>
    public string? BootstrapAdminEmail { get; set; }

    /// <summary>The first admin's password, held to the password rules of the sign-in.</summary>
    /// <value>None.</value>
    public string? BootstrapAdminPassword { get; set; }

    /// <summary>
    /// How often an open page checks, in seconds, that its viewer may still be in: a wall whose token was
    /// revoked, a person locked out or with changed roles. Each check is one small database query per page.
    /// </summary>
    /// <value>60.</value>
    [Range(1, 3600)]
    public int RevalidationSeconds { get; set; } = 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        const int min = CredentialSecrets.MinimumLength;
        if (BootstrapStationKey is { Length: > 0 and < min })
        {
            yield return new($"{Section}:{nameof(BootstrapStationKey)} must be at least {min} characters long.",
                [nameof(BootstrapStationKey)]);
        }

        if (BootstrapDisplayToken is { Length: > 0 and < min })
        {
            yield return new($"{Section}:{nameof(BootstrapDisplayToken)} must be at least {min} characters long.",
                [nameof(BootstrapDisplayToken)]);
        }

        if (BootstrapAdminEmail is { Length: > 0 } email && !new EmailAddressAttribute().IsValid(email))
        {
            yield return new($"{Section}:{nameof(BootstrapAdminEmail)} is not an email address.",
                [nameof(BootstrapAdminEmail)]);
        }
    }
}

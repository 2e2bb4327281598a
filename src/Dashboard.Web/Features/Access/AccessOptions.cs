using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// Credentials an automated installation provides on first start: part of the <c>Security</c> section.
/// Secrets belong in environment variables or a secret store, not in a checked-in settings file.
/// </summary>
public sealed class AccessOptions
{
    public const string Section = "Security";

    /// <summary>A station key with both scopes (ingest, read), created on start unless it exists.</summary>
    /// <value>None.</value>
    [MinLength(CredentialSecrets.MinimumLength)]
    public string? BootstrapStationKey { get; set; }

    /// <summary>A display token for <c>/wall?token=...</c>, created on start unless it exists.</summary>
    /// <value>None.</value>
    [MinLength(CredentialSecrets.MinimumLength)]
    public string? BootstrapDisplayToken { get; set; }

    /// <summary>The first admin's email (their user name); used only while the database has no user.</summary>
    /// <value>None: the first admin is created on <c>/setup</c> with the code the log shows.</value>
    [EmailAddress]
    public string? BootstrapAdminEmail { get; set; }

    /// <summary>The first admin's password, held to the password rules of the sign-in.</summary>
    /// <value>None.</value>
    public string? BootstrapAdminPassword { get; set; }
}

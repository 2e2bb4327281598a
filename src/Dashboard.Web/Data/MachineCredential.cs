namespace Dashboard.Web.Data;

/// <summary>
/// A secret that lets a machine in without a person: a station's API key or a wall display's token.
/// Only a hash of the secret is kept; the secret itself is shown once, when it is created.
/// </summary>
public sealed class MachineCredential
{
    public int Id { get; set; }

    public CredentialKind Kind { get; set; }

    /// <summary>What the admin called it, e.g. the station or screen it belongs to.</summary>
    public required string Name { get; set; }

    /// <summary>SHA-256 of the secret, lower-case hex. Secrets are random, so a slow hash adds nothing.</summary>
    public required string SecretHash { get; set; }

    /// <summary>The secret's last four characters, so an admin can tell which one a device holds.</summary>
    public required string Hint { get; set; }

    public CredentialScopes Scopes { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }
}

public enum CredentialKind
{
    Station,
    Display,
}

/// <summary>What a station key may do; a display token has no scopes: it opens the wall and nothing else.</summary>
[Flags]
public enum CredentialScopes
{
    None = 0,
    Ingest = 1,
    Read = 2,
    All = Ingest | Read,
}

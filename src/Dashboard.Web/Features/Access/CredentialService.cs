using Dashboard.Core.Parsing;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Access;

/// <summary>A station key or display token as the admin page lists it; never the secret.</summary>
public sealed record CredentialView(
    int Id,
    CredentialKind Kind,
    string Name,
    string Hint,
    CredentialScopes Scopes,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime? LastUsedAt,
    DateTime? RevokedAt,
    string? RevokedBy);

/// <summary>A credential just created, with its secret: the only time the secret is known.</summary>
public sealed record CreatedCredential(CredentialView Credential, string Secret);

/// <summary>Creates, lists and revokes station keys and display tokens; every change is audited.</summary>
public sealed class CredentialService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    AuditLog audit,
    TimeProvider clock,
    CurrentActor actor)
{
    public async Task<IReadOnlyList<CredentialView>> ListAsync(CredentialKind kind, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var credentials = await db.MachineCredentials.AsNoTracking()
            .Where(credential => credential.Kind == kind)
            .OrderBy(credential => credential.RevokedAt != null).ThenBy(credential => credential.Name)
            .ToListAsync(ct);

        return [.. credentials.Select(ToView)];
    }

    /// <summary>Creates a credential with a fresh random secret.</summary>
    /// <exception cref="ArgumentException">The name is empty, too long or holds a product key.</exception>
    public async Task<CreatedCredential> CreateAsync(
        CredentialKind kind, string name, CredentialScopes scopes, CancellationToken ct)
    {
        var secret = CredentialSecrets.Generate(kind == CredentialKind.Station ? "dsk_" : "dwt_");
        var credential = await AddAsync(kind, name, secret, scopes, actor.Name, ct);

        return new CreatedCredential(ToView(credential), secret);
    }

    /// <summary>Adds a credential for a secret chosen elsewhere (configuration), unless one exists for it.</summary>
    internal async Task EnsureAsync(CredentialKind kind, string name, string secret, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hash = CredentialSecrets.Hash(secret);

        // A revoked bootstrap secret stays revoked: an admin's decision outlives the configuration file.
        if (!await db.MachineCredentials.AnyAsync(credential => credential.SecretHash == hash, ct))
        {
            var scopes = kind == CredentialKind.Station ? CredentialScopes.All : CredentialScopes.None;
            await AddAsync(kind, name, secret, scopes, "configuration", ct);
        }
    }

    /// <summary>Revokes a credential; false when there is none with this id or it was already revoked.</summary>
    public async Task<bool> RevokeAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var credential = await db.MachineCredentials.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (credential is null || credential.RevokedAt is not null)
        {
            return false;
        }

        credential.RevokedAt = clock.GetUtcNow().UtcDateTime;
        credential.RevokedBy = actor.Name;
        audit.Record(db, Verb(credential.Kind, "revoked"), credential.Name, $"Secret ending …{credential.Hint}.");
        await db.SaveChangesAsync(ct);

        return true;
    }

    private async Task<MachineCredential> AddAsync(
        CredentialKind kind, string name, string secret, CredentialScopes scopes, string createdBy,
        CancellationToken ct)
    {
        var credential = new MachineCredential
        {
            Kind = kind,
            Name = ValidName(name),
            SecretHash = CredentialSecrets.Hash(secret),
            Hint = CredentialSecrets.Hint(secret),
            Scopes = kind == CredentialKind.Station ? ValidScopes(scopes) : CredentialScopes.None,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy,
        };

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.MachineCredentials.Add(credential);
        var details = kind == CredentialKind.Station ? $"Scopes: {DescribeScopes(credential.Scopes)}." : null;
        audit.Record(db, Verb(kind, "created"), credential.Name, details);
        await db.SaveChangesAsync(ct);

        return credential;
    }

    public static string DescribeScopes(CredentialScopes scopes) => scopes switch
    {
        CredentialScopes.All => "ingest, read",
        CredentialScopes.Ingest => "ingest",
        CredentialScopes.Read => "read",
        _ => "none",
    };

    private static string Verb(CredentialKind kind, string verb) =>
        (kind == CredentialKind.Station ? "station-key." : "display-token.") + verb;

    private static string ValidName(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > 100)
        {
            throw new ArgumentException("A name of 1 to 100 characters is required.", nameof(name));
        }

        if (ProductKeyRedactor.ContainsKey(trimmed))
        {
            throw new ArgumentException("The name holds a full product key; name the station instead.", nameof(name));
        }

        return trimmed;
    }

    private static CredentialScopes ValidScopes(CredentialScopes scopes) =>
        (scopes & CredentialScopes.All) is not CredentialScopes.None and var valid
            ? valid
            : throw new ArgumentException("A station key needs at least one scope: ingest or read.", nameof(scopes));

    private static CredentialView ToView(MachineCredential c) => new(
        c.Id, c.Kind, c.Name, c.Hint, c.Scopes, c.CreatedAt, c.CreatedBy, c.LastUsedAt, c.RevokedAt, c.RevokedBy);
}

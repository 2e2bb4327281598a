namespace Dashboard.Web.Data;

/// <summary>One change of users, credentials, keys, settings, checkpoints or phone cases: who, what, when.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>The person's user name, <c>station:NAME</c>, or <c>system</c> for start-up changes.</summary>
    public required string Actor { get; set; }

    /// <summary>A dotted verb such as <c>user.created</c> or <c>checkpoint.added</c>.</summary>
    public required string Action { get; set; }

    /// <summary>What was changed, e.g. a user name, a key's label, a batch.</summary>
    public required string Target { get; set; }

    /// <summary>The change in words (old and new values); never a secret or a full product key.</summary>
    public string? Details { get; set; }
}

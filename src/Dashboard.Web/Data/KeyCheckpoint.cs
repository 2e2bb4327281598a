namespace Dashboard.Web.Data;

/// <summary>
/// The remaining count of a key as read from Microsoft's side (VAMT), at a time: the ground truth the
/// dashboard's own count of activations is reconciled against.
/// </summary>
public sealed class KeyCheckpoint
{
    public long Id { get; set; }

    public int KeyId { get; set; }

    /// <summary>Activations left on the key, as Microsoft reported it.</summary>
    public int Remaining { get; set; }

    /// <summary>When the count was read (UTC).</summary>
    public DateTime AsOf { get; set; }

    /// <summary>Who read it, as they typed their name; null when not given.</summary>
    public string? EnteredBy { get; set; }

    /// <summary>When it was entered into the dashboard (UTC).</summary>
    public DateTime EnteredAt { get; set; }

    public CheckpointSource Source { get; set; }
}

public enum CheckpointSource
{
    Manual,
    Csv,
}

namespace Dashboard.Cli.Import;

public enum UploadStatus
{
    Stored,
    Duplicate,
    Refused,
}

/// <summary>What the dashboard (or the walker, before sending) made of one capture.</summary>
public sealed record UploadResult(UploadStatus Status, string? Reason = null)
{
    public static UploadResult Stored { get; } = new(UploadStatus.Stored);

    public static UploadResult Duplicate { get; } = new(UploadStatus.Duplicate);

    public static UploadResult Refused(string reason) => new(UploadStatus.Refused, reason);
}

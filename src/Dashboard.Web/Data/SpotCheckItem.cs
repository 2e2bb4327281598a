namespace Dashboard.Web.Data;

/// <summary>One sampled device of a spot check and what QA found on it.</summary>
public sealed class SpotCheckItem
{
    public long Id { get; set; }

    public long SpotCheckId { get; set; }

    public required string DeviceSerial { get; set; }

    public string? Station { get; set; }

    public SpotCheckResult Result { get; set; }

    /// <summary>The checks QA ticked as fine, comma-separated check ids.</summary>
    public string? Ticks { get; set; }

    public string? Note { get; set; }

    public string? CheckedBy { get; set; }

    public DateTime? CheckedAt { get; set; }

    /// <summary>The photo's file name under the data folder's <c>spot-checks/</c>, when one was taken.</summary>
    public string? PhotoFileName { get; set; }

    /// <summary>The report a fresh <c>slmgr /dli</c> capture attached by QA was stored as.</summary>
    public long? FreshReportId { get; set; }

    /// <summary>What QA saw that the device's reports did not say; null when they agree.</summary>
    public string? Discrepancy { get; set; }
}

public enum SpotCheckResult
{
    Pending,
    Pass,
    Fail,
}

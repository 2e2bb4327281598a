namespace Dashboard.Web.Data;

/// <summary>A production batch: created by its first report, named and planned by a manager.</summary>
public sealed class Batch
{
    /// <summary>The batch identifier the line's stations send with each report.</summary>
    public required string Id { get; set; }

    public string? Name { get; set; }

    public int? PlannedQuantity { get; set; }

    public string? Notes { get; set; }

    /// <summary>The ePKEA key the batch's devices are meant to carry; null when the batch names none.</summary>
    public int? ExpectedKeyId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the newest report of the batch was received (UTC); its planning time until one is.</summary>
    public DateTime LastReportAt { get; set; }

    /// <summary>When the newest report was received; null for a batch planned ahead that none has reached.</summary>
    public DateTime? LastReportIfAny => ReportCount > 0 ? LastReportAt : null;

    /// <summary>Devices currently in the batch; kept current by ingestion so lists never count rows.</summary>
    public int DeviceCount { get; set; }

    public int ReportCount { get; set; }

    /// <summary>Devices per state, kept current by ingestion.</summary>
    public List<BatchStateCount> StateCounts { get; set; } = [];
}

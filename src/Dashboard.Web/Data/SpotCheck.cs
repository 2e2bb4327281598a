using Dashboard.Core.Sampling;

namespace Dashboard.Web.Data;

/// <summary>A QA spot check of a batch: the ISO 2859-1 plan it follows, the seed that drew its sample.</summary>
public sealed class SpotCheck
{
    public long Id { get; set; }

    public required string BatchId { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The seed the sample was drawn with; the same seed over the same devices draws the same sample.</summary>
    public int Seed { get; set; }

    public decimal Aql { get; set; }

    public InspectionLevel InspectionLevel { get; set; }

    /// <summary>Devices in the batch when the sample was drawn.</summary>
    public int LotSize { get; set; }

    public int SampleSize { get; set; }

    public int Accept { get; set; }

    public int Reject { get; set; }

    public SpotCheckStatus Status { get; set; }

    public string? WaivedBy { get; set; }

    public DateTime? WaivedAt { get; set; }

    public string? WaiverReason { get; set; }

    public List<SpotCheckItem> Items { get; set; } = [];
}

public enum SpotCheckStatus
{
    /// <summary>Devices are still to be checked and the failures have not reached the rejection number.</summary>
    Open,

    /// <summary>Every device checked; failures at or below the acceptance number.</summary>
    Accepted,

    /// <summary>Failures reached the rejection number.</summary>
    Rejected,
}

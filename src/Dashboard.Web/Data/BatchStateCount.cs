using Dashboard.Core.Triage;

namespace Dashboard.Web.Data;

/// <summary>How many of a batch's devices are in one state right now.</summary>
public sealed class BatchStateCount
{
    public required string BatchId { get; set; }

    public DeviceState State { get; set; }

    public int Count { get; set; }
}

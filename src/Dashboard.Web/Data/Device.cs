using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;

namespace Dashboard.Web.Data;

/// <summary>One device, identified by its serial, with the state its latest capture shows.</summary>
public sealed class Device
{
    public required string Serial { get; set; }

    public required string BatchId { get; set; }

    /// <summary>The station that sent the latest report, if it said.</summary>
    public string? Station { get; set; }

    public DeviceState State { get; set; } = DeviceState.Unknown;

    public string? StateReason { get; set; }

    /// <summary>What to do next about the state, in plain words.</summary>
    public string? StateAction { get; set; }

    /// <summary>The report with the latest capture time; it decides every field below.</summary>
    public long? CurrentReportId { get; set; }

    /// <summary>Capture time (UTC) of <see cref="CurrentReportId"/>.</summary>
    public DateTime LastCapturedAt { get; set; }

    public DateTime FirstSeenAt { get; set; }

    public string? Edition { get; set; }

    public string? Channel { get; set; }

    public string? PartialProductKey { get; set; }

    public LicenseStatus LicenseStatus { get; set; } = LicenseStatus.Unknown;

    public int ReportCount { get; set; }

    /// <summary>How many activations the device has spent; more than one is flagged as waste.</summary>
    public int ActivationCount { get; set; }
}

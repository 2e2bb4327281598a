using Dashboard.Core.Triage;

namespace Dashboard.Web.Features.QualityChecks;

/// <summary>What the dashboard's last report says about a sampled device, for QA to compare with.</summary>
public sealed record SampledDevice(
    string Serial, string? Station, DeviceState State, string? PartialProductKey, string? Edition, string? Channel);

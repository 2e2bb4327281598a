using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;

namespace Dashboard.Web.Api.Contracts;

/// <summary>A device as the batch's device list shows it.</summary>
public sealed record DeviceSummary(
    string Serial,
    string Batch,
    DeviceState State,
    string? Reason,
    string? Edition,
    string? Channel,
    string? PartialProductKey,
    LicenseStatus LicenseStatus,
    DateTime LastCapturedAt,
    int Reports)
{
    public static DeviceSummary From(Device device) => new(
        device.Serial,
        device.BatchId,
        device.State,
        device.StateReason,
        device.Edition,
        device.Channel,
        device.PartialProductKey,
        device.LicenseStatus,
        device.LastCapturedAt,
        device.ReportCount);
}

/// <summary>One page of a key-ordered list; pass <paramref name="Next"/> as <c>after</c> for the next page.</summary>
public sealed record DevicePage(IReadOnlyList<DeviceSummary> Items, string? Next);

/// <summary>A device with its current state and its reports, newest capture first.</summary>
public sealed record DeviceResponse(
    string Serial,
    string Batch,
    string? Station,
    DeviceState State,
    string? Reason,
    string? Action,
    string? Edition,
    string? Channel,
    string? PartialProductKey,
    LicenseStatus LicenseStatus,
    DateTime FirstSeenAt,
    DateTime LastCapturedAt,
    IReadOnlyList<ReportResponse> Reports);

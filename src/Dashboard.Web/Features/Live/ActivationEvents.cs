namespace Dashboard.Web.Features.Live;

/// <summary>The hub's event names; the payload records below are sent as camelCase JSON.</summary>
public static class ActivationEvents
{
    public const string ReportStored = "reportStored";

    public const string DeviceStateChanged = "deviceStateChanged";

    public const string BatchTotalsChanged = "batchTotalsChanged";

    public const string KeyAlarm = "keyAlarm";
}

/// <summary>A report was stored. States are the names of <c>DeviceState</c>, e.g. <c>Activated</c>.</summary>
public sealed record ReportStoredMessage(
    long ReportId,
    string Serial,
    string Batch,
    string? Station,
    string State,
    DateTime CapturedAt,
    DateTime ReceivedAt);

/// <summary>A device's state changed; <see cref="PreviousState"/> is null for a device seen first.</summary>
public sealed record DeviceStateChangedMessage(
    string Serial,
    string Batch,
    string? PreviousState,
    string State,
    string? Reason,
    DateTime ChangedAt);

/// <summary>A batch's totals after a commit: device counts by state, and the plan when one is set.</summary>
public sealed record BatchTotalsChangedMessage(
    string Batch,
    string? Name,
    int? PlannedQuantity,
    int Devices,
    int Reports,
    int Activated,
    DateTime LastReportAt,
    IReadOnlyDictionary<string, int> States);

namespace Dashboard.Core.Triage;

/// <summary>A device's state with the reason and the next step, in words for a production manager.</summary>
public sealed record TriageResult(DeviceState State, string Reason, string Action);

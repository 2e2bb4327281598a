using Dashboard.Core.Triage;
using Dashboard.Web.Data;

namespace Dashboard.Web.Api.Contracts;

/// <summary>A batch with its running totals; <paramref name="States"/> names every state, zero included.</summary>
/// <param name="LastReportAt">When its newest report arrived (UTC); null for a batch planned ahead.</param>
public sealed record BatchResponse(
    string Batch,
    string? Name,
    int? PlannedQuantity,
    string? Notes,
    int Devices,
    int Reports,
    DateTime CreatedAt,
    DateTime? LastReportAt,
    IReadOnlyDictionary<string, int> States,
    int? ExpectedKeyId)
{
    public static BatchResponse From(Batch batch)
    {
        var states = Enum.GetValues<DeviceState>().ToDictionary(
            state => state.ToString(),
            state => batch.StateCounts.Where(count => count.State == state).Sum(count => count.Count));

        return new BatchResponse(
            batch.Id,
            batch.Name,
            batch.PlannedQuantity,
            batch.Notes,
            batch.DeviceCount,
            batch.ReportCount,
            batch.CreatedAt,
            batch.LastReportIfAny,
            states,
            batch.ExpectedKeyId);
    }
}

/// <summary>What a manager may set on a batch.</summary>
/// <param name="Name">A display name, up to 200 characters.</param>
/// <param name="PlannedQuantity">How many devices the batch should have, 1 to 10,000,000.</param>
/// <param name="Notes">Free text, up to 4000 characters.</param>
/// <param name="ExpectedKeyId">The id of the key the batch's devices must carry; 0 clears it.</param>
public sealed record BatchUpdate(string? Name, int? PlannedQuantity, string? Notes, int? ExpectedKeyId = null);

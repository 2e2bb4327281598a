using Dashboard.Core.Triage;
using Dashboard.Web.Api;
using Dashboard.Web.Api.Contracts;
using Dashboard.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Dashboard.Web.Features.Access;

namespace Dashboard.Web.Features.Batches;

/// <summary>A batch's devices in serial order, a page at a time, by key rather than by offset.</summary>
public static class BatchDevicesApi
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static void MapBatchDevicesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/batches/{batch}/devices", ListDevicesAsync).WithName("ListBatchDevices")
            .RequireAuthorization(AccessPolicies.Read)
            .WithSummary("A page of the batch's devices in serial order; pass 'next' as 'after' for more");
    }

    internal static async Task<Results<Ok<DevicePage>, ProblemHttpResult>> ListDevicesAsync(
        string batch,
        string? state,
        string? after,
        string? limit,
        IDbContextFactory<DashboardDbContext> dbFactory,
        CancellationToken ct)
    {
        var problems = Validate(state, limit, out var stateFilter, out var size);
        if (problems.Count > 0)
        {
            return ApiProblems.Invalid(problems);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Batches.AnyAsync(b => b.Id == batch, ct))
        {
            return ApiProblems.NotFound($"No batch '{batch}'.");
        }

        var query = db.Devices.AsNoTracking().Where(device => device.BatchId == batch);
        query = stateFilter is { } wanted ? query.Where(device => device.State == wanted) : query;
        query = string.IsNullOrEmpty(after) ? query : query.Where(device => device.Serial.CompareTo(after) > 0);
        var page = await query.OrderBy(device => device.Serial).Take(size + 1).ToListAsync(ct);

        var items = page.Take(size).Select(DeviceSummary.From).ToList();
        var next = page.Count > size ? items[^1].Serial : null;

        return TypedResults.Ok(new DevicePage(items, next));
    }

    private static Dictionary<string, string[]> Validate(
        string? state, string? limit, out DeviceState? stateFilter, out int size)
    {
        var problems = new Dictionary<string, string[]>();
        stateFilter = null;
        size = DefaultLimit;

        if (!string.IsNullOrEmpty(state))
        {
            if (Enum.TryParse<DeviceState>(state, ignoreCase: true, out var parsed) && !int.TryParse(state, out _))
            {
                stateFilter = parsed;
            }
            else
            {
                problems["state"] = [$"'{state}' is not one of {string.Join(", ", Enum.GetNames<DeviceState>())}"];
            }
        }

        if (!string.IsNullOrEmpty(limit) && (!int.TryParse(limit, out size) || size is < 1 or > MaxLimit))
        {
            problems["limit"] = [$"'{limit}' is not a whole number from 1 to {MaxLimit}"];
        }

        return problems;
    }
}

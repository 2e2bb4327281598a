using Dashboard.Web.Api;
using Dashboard.Web.Api.Contracts;
using Dashboard.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Dashboard.Web.Features.Access;

namespace Dashboard.Web.Features.Batches;

/// <summary>Batches with their running totals, and the manager's settings for each.</summary>
public static class BatchesApi
{
    public static void MapBatchesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/batches", ListBatchesAsync).WithName("ListBatches")
            .RequireAuthorization(AccessPolicies.Read)
            .WithSummary("Every batch with its device counts by state, newest activity first");
        api.MapGet("/batches/{batch}", GetBatchAsync).WithName("GetBatch")
            .RequireAuthorization(AccessPolicies.Read);
        api.MapMethods("/batches/{batch}", [HttpMethods.Patch], PatchBatchAsync).WithName("PatchBatch")
            .RequireAuthorization(AccessPolicies.ManageBatches)
            .WithSummary("Change the name, planned quantity, notes or expected key; absent fields stay as they are")
            .Accepts<BatchUpdate>("application/json");
        api.MapPut("/batches/{batch}", PutBatchAsync).WithName("PutBatch")
            .RequireAuthorization(AccessPolicies.ManageBatches)
            .WithSummary("Set the name, planned quantity, notes and expected key; absent fields are cleared. "
                + "A batch with no report yet is created (201), so a batch can be planned before production")
            .Accepts<BatchUpdate>("application/json");
        api.MapBatchDevicesApi();
    }

    internal static async Task<Ok<List<BatchResponse>>> ListBatchesAsync(
        IDbContextFactory<DashboardDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var batches = await db.Batches.AsNoTracking().Include(batch => batch.StateCounts)
            .OrderByDescending(batch => batch.LastReportAt).ThenBy(batch => batch.Id)
            .ToListAsync(ct);

        return TypedResults.Ok(batches.Select(BatchResponse.From).ToList());
    }

    internal static async Task<Results<Ok<BatchResponse>, ProblemHttpResult>> GetBatchAsync(
        string batch, IDbContextFactory<DashboardDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.Batches.AsNoTracking().Include(b => b.StateCounts)
            .FirstOrDefaultAsync(b => b.Id == batch, ct);

        return found is null
            ? ApiProblems.NotFound($"No batch '{batch}'.")
            : TypedResults.Ok(BatchResponse.From(found));
    }

    internal static Task<Results<Ok<BatchResponse>, Created<BatchResponse>, ProblemHttpResult>> PatchBatchAsync(
        string batch, HttpRequest request, BatchSettings settings, CancellationToken ct) =>
        UpdateAsync(batch, request, settings, replace: false, ct);

    internal static Task<Results<Ok<BatchResponse>, Created<BatchResponse>, ProblemHttpResult>> PutBatchAsync(
        string batch, HttpRequest request, BatchSettings settings, CancellationToken ct) =>
        UpdateAsync(batch, request, settings, replace: true, ct);

    private static async Task<Results<Ok<BatchResponse>, Created<BatchResponse>, ProblemHttpResult>> UpdateAsync(
        string batch, HttpRequest request, BatchSettings settings, bool replace, CancellationToken ct)
    {
        var (update, problems) = await BatchUpdateRules.ReadAsync(request, ct);
        if (update is null)
        {
            return ApiProblems.Invalid(problems);
        }

        // PUT says what the batch is to be, so it also plans one that no report has created yet.
        var result = await settings.UpdateAsync(batch, update, replace, ct, create: replace);

        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(
                $"No batch '{batch}'. PUT plans a batch before its first report."),
            { Batch: { } saved, Created: true } => TypedResults.Created(
                $"/api/v1/batches/{Uri.EscapeDataString(saved.Id)}", BatchResponse.From(saved)),
            { Batch: { } saved } => TypedResults.Ok(BatchResponse.From(saved)),
            _ => ApiProblems.Invalid(result.Problems),
        };
    }
}

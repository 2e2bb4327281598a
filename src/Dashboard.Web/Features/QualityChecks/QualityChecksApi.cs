using Dashboard.Web.Api;
using Dashboard.Web.Features.Protection;
using Dashboard.Web.Features.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Dashboard.Web.Features.Access;

namespace Dashboard.Web.Features.QualityChecks;

/// <summary>Spot-check samples, what QA found, and each batch's readiness to ship.</summary>
public static class QualityChecksApi
{
    public static void MapQualityChecksApi(this RouteGroupBuilder api)
    {
        api.MapPost("/batches/{batch}/spot-checks", CreateAsync).WithName("CreateSpotCheck")
            .RequireAuthorization(AccessPolicies.SpotChecks)
            .WithSummary("Draw an ISO 2859-1 sample of the batch; optional size, aql, seed (query or JSON body)");
        api.MapGet("/batches/{batch}/spot-checks/latest", LatestAsync).WithName("LatestSpotCheck")
            .RequireAuthorization(AccessPolicies.Read);
        api.MapGet("/spot-checks/{id:long}", GetAsync).WithName("GetSpotCheck")
            .RequireAuthorization(AccessPolicies.Read);
        api.MapPut("/spot-checks/{id:long}/devices/{serial}", RecordAsync).WithName("RecordSpotCheckDevice")
            .RequireAuthorization(AccessPolicies.SpotChecks)
            .WithSummary("Record pass or fail, ticked checks, a note and optionally a fresh slmgr /dli capture")
            .WithBodyLimit(SubmissionRules.MaxContentBytes + ApiExtensions.MaxJsonBodyBytes);
        api.MapGet("/batches/{batch}/readiness", ReadinessAsync).WithName("GetBatchReadiness")
            .RequireAuthorization(AccessPolicies.Read)
            .WithSummary("ready, notReady with reasons, or waived by a named person");
        api.MapPost("/batches/{batch}/readiness/waiver", WaiveAsync).WithName("WaiveBatchReadiness")
            .RequireAuthorization(AccessPolicies.WaiveReadiness);
    }

    internal static async Task<Results<Created<SpotCheckCreated>, ProblemHttpResult>> CreateAsync(
        string batch, int? size, decimal? aql, int? seed, HttpRequest http,
        SpotCheckPlanner planner, CancellationToken ct)
    {
        // The body is optional: a bare POST (or one with query parameters only) draws the default plan. A
        // body of another kind is refused, not ignored: drawing the default plan instead would pass unseen.
        if (!http.HasJsonContentType() && HasBody(http))
        {
            return ApiProblems.UnsupportedMediaType(
                "Send size, aql, seed, inspectionLevel and by as JSON (Content-Type: application/json), "
                    + $"or as query parameters with no body; this request said '{http.ContentType}'.");
        }

        SpotCheckRequest? body;
        try
        {
            body = http.HasJsonContentType() ? await http.ReadFromJsonAsync<SpotCheckRequest>(ct) : null;
        }
        catch (System.Text.Json.JsonException exception)
        {
            return ApiProblems.FieldOf(exception) is { } field
                ? ApiProblems.Invalid(field,
                    "is not a value of the kind it takes (a number for size, aql and seed; text for the others)")
                : ApiProblems.Invalid("body", "must be a JSON object with size, aql, seed, inspectionLevel and by");
        }

        var request = new SpotCheckRequest(
            size ?? body?.Size, aql ?? body?.Aql, seed ?? body?.Seed, body?.InspectionLevel, body?.By);
        var outcome = await planner.CreateAsync(batch, request, ct);

        return outcome.Value is { } created
            ? TypedResults.Created($"/api/v1/spot-checks/{created.Id}", created)
            : Problem(outcome);
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    internal static async Task<Results<Ok<SpotCheckView>, ProblemHttpResult>> LatestAsync(
        string batch, ReadinessService readiness, CancellationToken ct) =>
        await readiness.LatestAsync(batch, ct) is { } check
            ? TypedResults.Ok(SpotCheckView.From(check))
            : ApiProblems.NotFound($"Batch '{batch}' has no spot check.");

    internal static async Task<Results<Ok<SpotCheckView>, ProblemHttpResult>> GetAsync(
        long id, SpotCheckQueries queries, CancellationToken ct) =>
        await queries.GetAsync(id, ct) is { } view
            ? TypedResults.Ok(view)
            : ApiProblems.NotFound($"There is no spot check {id}.");

    internal static async Task<Results<Ok<SpotCheckView>, ProblemHttpResult>> RecordAsync(
        long id, string serial, SpotCheckRecord body, SpotCheckRecorder recorder, CancellationToken ct)
    {
        var outcome = await recorder.RecordAsync(id, serial, body, ct);

        return outcome.Value is { } view ? TypedResults.Ok(view) : Problem(outcome);
    }

    internal static async Task<Results<Ok<BatchReadiness>, ProblemHttpResult>> ReadinessAsync(
        string batch, ReadinessService readiness, CancellationToken ct) =>
        await readiness.GetAsync(batch, ct) is { } verdict
            ? TypedResults.Ok(verdict)
            : ApiProblems.NotFound($"No batch '{batch}'.");

    internal static async Task<Results<Ok<BatchReadiness>, ProblemHttpResult>> WaiveAsync(
        string batch, WaiverRequest body, ReadinessService readiness, CancellationToken ct)
    {
        var outcome = await readiness.WaiveAsync(batch, body, ct);

        return outcome.Value is { } verdict ? TypedResults.Ok(verdict) : Problem(outcome);
    }

    private static ProblemHttpResult Problem<T>(SpotCheckOutcome<T> outcome)
        where T : class =>
        outcome.NotFound ? ApiProblems.NotFound(outcome.Error!) : ApiProblems.Invalid(outcome.Field!, outcome.Error!);
}

using Dashboard.Core.Parsing;
using System.Globalization;
using Dashboard.Web.Api;
using Dashboard.Web.Api.Contracts;
using Dashboard.Web.Features.Protection;
using Microsoft.AspNetCore.Http.HttpResults;
using Dashboard.Web.Features.Access;

namespace Dashboard.Web.Features.Reports;

/// <summary><c>POST /reports</c>: a station hands in one raw capture.</summary>
public static class ReportsApi
{
    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/reports", PostReportAsync)
            .WithName("PostReport")
            .RequireAuthorization(AccessPolicies.Ingest)
            // Above the capture limit, so the reader below refuses first and says why; the server's
            // own limit is the backstop for a body that never stops.
            .WithBodyLimit(SubmissionRules.MaxContentBytes + 64 * 1024)
            .WithSummary("Store one raw capture of slmgr output for a device")
            .AddOpenApiOperationTransformer(RawBodyDocumentation.DescribeAsync)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    internal static async Task<Results<Created<ReportResponse>, Ok<ReportResponse>, ProblemHttpResult>>
        PostReportAsync(
            HttpRequest request,
            IReportIngestor ingestor,
            TimeProvider clock,
            string? serial,
            string? batch,
            string? station,
            string? capturedAt,
            CancellationToken cancellationToken)
    {
        if (!TryParseTime(capturedAt, out var captured))
        {
            return ApiProblems.Invalid("capturedAt", $"'{ProductKeyRedactor.Redact(capturedAt!).Text}' is not an ISO-8601 date and time");
        }

        var content = await RequestBody.ReadAsync(request, SubmissionRules.MaxContentBytes, cancellationToken);
        if (content is null)
        {
            return ApiProblems.TooLarge(SubmissionRules.MaxContentBytes);
        }

        var submission = new ReportSubmission(serial ?? "", batch ?? "", station, captured, content)
        {
            SubmittedBy = request.HttpContext.User.ActorName(),
        };
        var problems = SubmissionRules.Validate(submission, clock.GetUtcNow());
        if (problems.Count > 0)
        {
            return ApiProblems.Invalid(problems);
        }

        return ToResult(await ingestor.IngestAsync(submission, cancellationToken));
    }

    private static Results<Created<ReportResponse>, Ok<ReportResponse>, ProblemHttpResult> ToResult(
        IngestOutcome outcome)
    {
        if (outcome.Report is null)
        {
            return ApiProblems.Invalid("content", outcome.Error ?? "could not be stored");
        }

        var response = ReportResponse.From(outcome.Report, outcome.Duplicate, withText: false);

        return outcome.Duplicate
            ? TypedResults.Ok(response)
            : TypedResults.Created($"/api/v1/devices/{Uri.EscapeDataString(response.Device)}", response);
    }

    private static bool TryParseTime(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed);
        value = ok ? parsed : null;

        return ok;
    }
}

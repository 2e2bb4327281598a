using System.Text;
using Dashboard.Web.Api;
using Dashboard.Web.Features.Batches;
using Microsoft.AspNetCore.Http.HttpResults;
using Dashboard.Web.Features.Access;

namespace Dashboard.Web.Features.PhoneActivation;

/// <summary>The phone activation queue for call centres and other tools.</summary>
public static class PhoneActivationApi
{
    public static void MapPhoneActivationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/phone-activations", ListAsync).WithName("ListPhoneActivations")
            .RequireAuthorization(AccessPolicies.Read)
            .WithSummary("Open phone activation cases, oldest first, with the grouped Installation ID");
        api.MapGet("/phone-activations.csv", ExportAsync).WithName("ExportPhoneActivations")
            .RequireAuthorization(AccessPolicies.Read)
            .WithSummary("The same cases as CSV for a call centre");
        api.MapPost("/phone-activations/{id:long}/claim", ClaimAsync).WithName("ClaimPhoneActivation")
            .RequireAuthorization(AccessPolicies.PhoneQueue);
        api.MapPost("/phone-activations/{id:long}/release", ReleaseAsync).WithName("ReleasePhoneActivation")
            .RequireAuthorization(AccessPolicies.PhoneQueue)
            .WithSummary("Hand a case you hold back to the queue; 409 when someone else holds it");
        api.MapPost("/phone-activations/{id:long}/notes", NoteAsync).WithName("NotePhoneActivation")
            .RequireAuthorization(AccessPolicies.PhoneQueue);
        api.MapPost("/phone-activations/{id:long}/confirmation", ConfirmAsync)
            .WithName("ConfirmPhoneActivation")
            .RequireAuthorization(AccessPolicies.PhoneQueue)
            .WithSummary("Record the Confirmation ID (48 digits); answers the slmgr /atp command to run");
    }

    internal static async Task<Results<Ok<IReadOnlyList<PhoneCaseView>>, ProblemHttpResult>> ListAsync(
        PhoneCaseService cases, string? batch, string? station, int? minAgeHours, bool? includeClosed,
        CancellationToken ct) =>
        minAgeHours is < 0 or > PhoneCaseService.MaxAgeHours
            ? ApiProblems.Invalid("minAgeHours", $"is {minAgeHours}; it must be 0 to {PhoneCaseService.MaxAgeHours}")
            : TypedResults.Ok(await cases.ListAsync(new(batch, station, minAgeHours, includeClosed ?? false), ct));

    internal static async Task<FileContentHttpResult> ExportAsync(
        PhoneCaseService cases, string? batch, string? station, int? minAgeHours, CancellationToken ct)
    {
        var list = await cases.ListAsync(new(batch, station, minAgeHours), ct);

        return TypedResults.File(
            Encoding.UTF8.GetBytes(PhoneCaseCsv.Write(list)), "text/csv; charset=utf-8", "phone-activations.csv");
    }

    internal static async Task<Results<Ok<PhoneCaseView>, ProblemHttpResult>> ClaimAsync(
        long id, PhoneCaseAction body, PhoneCaseService cases, CancellationToken ct) =>
        ToResult(await cases.ClaimAsync(id, body.By, body.TakeOver ?? false, ct), "by");

    // The body is optional: the signed-in person is who releases.
    internal static async Task<Results<Ok<PhoneCaseView>, ProblemHttpResult>> ReleaseAsync(
        long id, PhoneCaseService cases, CancellationToken ct) =>
        ToResult(await cases.ReleaseAsync(id, null, ct), "by");

    internal static async Task<Results<Ok<PhoneCaseView>, ProblemHttpResult>> NoteAsync(
        long id, PhoneCaseAction body, PhoneCaseService cases, CancellationToken ct) =>
        ToResult(await cases.AddNoteAsync(id, body.By, body.Note, ct), "note");

    internal static async Task<Results<Ok<PhoneCaseView>, ProblemHttpResult>> ConfirmAsync(
        long id, PhoneCaseAction body, PhoneCaseService cases, CancellationToken ct) =>
        ToResult(await cases.ConfirmAsync(id, body.By, body.ConfirmationId, ct), "confirmationId");

    private static Results<Ok<PhoneCaseView>, ProblemHttpResult> ToResult(PhoneCaseResult result, string field) =>
        result switch
        {
            { Case: { } view } => TypedResults.Ok(view),
            { Conflict: true } => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The case does not allow that now.",
                detail: result.Error),
            _ when result.Error!.StartsWith("There is no", StringComparison.Ordinal) =>
                ApiProblems.NotFound(result.Error),
            _ => ApiProblems.Invalid(result.Field ?? field, result.Error!),
        };
}

/// <summary>
/// An operator's step on a case: the note or Confirmation ID where the step takes one. <paramref name="By"/>
/// is still accepted from older tools, but a signed-in person always acts under their own user name.
/// </summary>
/// <param name="TakeOver">With a claim: take the case over from the colleague who holds it.</param>
public sealed record PhoneCaseAction(
    string? By, string? Note = null, string? ConfirmationId = null, bool? TakeOver = null);

/// <summary>Cases as CSV, every cell safe to open in a spreadsheet.</summary>
public static class PhoneCaseCsv
{
    public static string Write(IEnumerable<PhoneCaseView> cases)
    {
        var csv = new StringBuilder(CsvText.Line(
            "case", "device", "batch", "station", "opened_at_utc", "installation_id", "partial_key", "edition",
            "activation_id", "claimed_by", "confirmation_id", "installation_id_changed", "confirmation_stale",
            "closed_at_utc"));
        foreach (var c in cases)
        {
            csv.Append(CsvText.Line(
                c.Id.ToString(), c.Device, c.Batch, c.Station, c.OpenedAt.ToString("yyyy-MM-dd HH:mm"),
                string.Join("-", c.InstallationIdGroups), c.PartialProductKey, c.Edition, c.ActivationId,
                c.ClaimedBy, c.ConfirmationId, c.InstallationIdChanged ? "yes" : "no",
                c.ConfirmationIsStale ? "yes" : "no", c.ClosedAt?.ToString("yyyy-MM-dd HH:mm")));
        }

        return csv.ToString();
    }
}

using System.Text;
using Dashboard.Web.Api;
using Dashboard.Web.Features.Batches;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Features.PhoneActivation;

/// <summary>The phone activation queue for call centres and other tools.</summary>
public static class PhoneActivationApi
{
    public static void MapPhoneActivationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/phone-activations", ListAsync).WithName("ListPhoneActivations")
            .WithSummary("Open phone activation cases, oldest first, with the grouped Installation ID");
        api.MapGet("/phone-activations.csv", ExportAsync).WithName("ExportPhoneActivations")
            .WithSummary("The same cases as CSV for a call centre");
        api.MapPost("/phone-activations/{id:long}/claim", ClaimAsync).WithName("ClaimPhoneActivation");
        api.MapPost("/phone-activations/{id:long}/notes", NoteAsync).WithName("NotePhoneActivation");
        api.MapPost("/phone-activations/{id:long}/confirmation", ConfirmAsync)
            .WithName("ConfirmPhoneActivation")
            .WithSummary("Record the Confirmation ID (48 digits); answers the slmgr /atp command to run");
    }

    internal static async Task<Ok<IReadOnlyList<PhoneCaseView>>> ListAsync(
        PhoneCaseService cases, string? batch, string? station, int? minAgeHours, bool? includeClosed,
        CancellationToken ct) =>
        TypedResults.Ok(await cases.ListAsync(new(batch, station, minAgeHours, includeClosed ?? false), ct));

    internal static async Task<FileContentHttpResult> ExportAsync(
        PhoneCaseService cases, string? batch, string? station, int? minAgeHours, CancellationToken ct)
    {
        var list = await cases.ListAsync(new(batch, station, minAgeHours), ct);

        return TypedResults.File(
            Encoding.UTF8.GetBytes(PhoneCaseCsv.Write(list)), "text/csv; charset=utf-8", "phone-activations.csv");
    }

    internal static async Task<Results<Ok<PhoneCaseView>, ProblemHttpResult>> ClaimAsync(
        long id, PhoneCaseAction body, PhoneCaseService cases, CancellationToken ct) =>
        ToResult(await cases.ClaimAsync(id, body.By, ct), "by");

    internal static async Task<Results<Ok<PhoneCaseView>, ProblemHttpResult>> NoteAsync(
        long id, PhoneCaseAction body, PhoneCaseService cases, CancellationToken ct) =>
        ToResult(await cases.AddNoteAsync(id, body.By, body.Note, ct), "note");

    internal static async Task<Results<Ok<PhoneCaseView>, ProblemHttpResult>> ConfirmAsync(
        long id, PhoneCaseAction body, PhoneCaseService cases, CancellationToken ct) =>
        ToResult(await cases.ConfirmAsync(id, body.By, body.ConfirmationId, ct), "confirmationId");

    private static Results<Ok<PhoneCaseView>, ProblemHttpResult> ToResult(PhoneCaseResult result, string field) =>
        result.Case is { } view
            ? TypedResults.Ok(view)
            : result.Error!.StartsWith("There is no", StringComparison.Ordinal)
                ? ApiProblems.NotFound(result.Error)
                : ApiProblems.Invalid(field, result.Error);
}

/// <summary>An operator's step on a case: who, and the note or Confirmation ID where the step takes one.</summary>
public sealed record PhoneCaseAction(string? By, string? Note = null, string? ConfirmationId = null);

/// <summary>Cases as CSV, every cell safe to open in a spreadsheet.</summary>
public static class PhoneCaseCsv
{
    public static string Write(IEnumerable<PhoneCaseView> cases)
    {
        var csv = new StringBuilder(CsvText.Line(
            "case", "device", "batch", "station", "opened_at_utc", "installation_id", "partial_key", "edition",
            "activation_id", "claimed_by", "confirmation_id", "installation_id_changed", "closed_at_utc"));
        foreach (var c in cases)
        {
            csv.Append(CsvText.Line(
                c.Id.ToString(), c.Device, c.Batch, c.Station, c.OpenedAt.ToString("yyyy-MM-dd HH:mm"),
                string.Join("-", c.InstallationIdGroups), c.PartialProductKey, c.Edition, c.ActivationId,
                c.ClaimedBy, c.ConfirmationId, c.InstallationIdChanged ? "yes" : "no",
                c.ClosedAt?.ToString("yyyy-MM-dd HH:mm")));
        }

        return csv.ToString();
    }
}

using System.Text.Json;
using Dashboard.Web.Api;
using Dashboard.Web.Api.Contracts;
using Dashboard.Core.Parsing;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Reports;

namespace Dashboard.Web.Features.Batches;

/// <summary>Reads and checks a manager's changes to a batch (<see cref="BatchSettings"/> applies them).</summary>
internal static class BatchUpdateRules
{
    public const int MaxNameLength = 200;
    public const int MaxNotesLength = 4000;
    public const int MaxPlannedQuantity = 10_000_000;

    // What each field takes, for a value of the wrong kind (a number too large, text for a number).
    private static readonly Dictionary<string, string> s_expected = new(StringComparer.Ordinal)
    {
        ["name"] = "must be text",
        ["notes"] = "must be text",
        ["plannedQuantity"] = $"must be a whole number from 1 to {MaxPlannedQuantity:N0}, or null",
        ["expectedKeyId"] = "must be a key's id (a whole number), or 0 for none",
    };

    // A field of the batch by the name the request gave it, in any case.
    private static string? KnownField(string? name) =>
        s_expected.Keys.FirstOrDefault(field => string.Equals(name, field, StringComparison.OrdinalIgnoreCase));

    public static async Task<(BatchUpdate? Update, Dictionary<string, string[]> Problems)> ReadAsync(
        HttpRequest request, CancellationToken ct)
    {
        BatchUpdate? update;
        try
        {
            update = await request.ReadFromJsonAsync<BatchUpdate>(ct);
        }
        catch (JsonException exception) when (KnownField(ApiProblems.FieldOf(exception)) is { } field)
        {
            return (null, new() { [field] = [s_expected[field]] });
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return (null, new()
            {
                ["body"] = ["must be a JSON object with name, plannedQuantity, notes and expectedKeyId"],
            });
        }

        if (update is null)
        {
            return (null, new() { ["body"] = ["is empty"] });
        }

        return (update, []);
    }

    public static void Apply(Batch batch, BatchUpdate update, bool replace)
    {
        if (replace || update.Name is not null)
        {
            batch.Name = string.IsNullOrWhiteSpace(update.Name) ? null : update.Name.Trim();
        }

        if (replace || update.PlannedQuantity is not null)
        {
            batch.PlannedQuantity = update.PlannedQuantity;
        }

        if (replace || update.ExpectedKeyId is not null)
        {
            batch.ExpectedKeyId = update.ExpectedKeyId is null or 0 ? null : update.ExpectedKeyId;
        }

        if (replace || update.Notes is not null)
        {
            batch.Notes = string.IsNullOrWhiteSpace(update.Notes) ? null : update.Notes;
        }
    }

    public static Dictionary<string, string[]> Validate(BatchUpdate update)
    {
        var problems = new Dictionary<string, string[]>();
        if (update.Name?.Length > MaxNameLength)
        {
            problems["name"] = [$"is {update.Name.Length} characters long; at most {MaxNameLength} are allowed"];
        }

        if (update.PlannedQuantity is < 1 or > MaxPlannedQuantity)
        {
            problems["plannedQuantity"] = [$"is {update.PlannedQuantity}; it must be 1 to {MaxPlannedQuantity:N0}"];
        }

        if (update.Notes?.Length > MaxNotesLength)
        {
            problems["notes"] = [$"is {update.Notes.Length} characters long; at most {MaxNotesLength} are allowed"];
        }

        // A control character shows as a box on the pages and the wall, and NUL does not survive PostgreSQL;
        // notes keep their line breaks and tabs.
        if (FirstControl(update.Name, keepsLines: false) is >= 0 and var inName)
        {
            problems["name"] = [$"contains the control character U+{(int)update.Name![inName]:X4}"];
        }

        if (FirstControl(update.Notes, keepsLines: true) is >= 0 and var inNotes)
        {
            problems["notes"] = [$"contains the control character U+{(int)update.Notes![inNotes]:X4}"];
        }

        if (ProductKeyRedactor.ContainsKey(update.Name ?? ""))
        {
            problems["name"] = [SubmissionRules.FullKeyProblem];
        }

        if (ProductKeyRedactor.ContainsKey(update.Notes ?? ""))
        {
            problems["notes"] = [SubmissionRules.FullKeyProblem];
        }

        return problems;
    }

    // The index of the first control character, or -1; line breaks and tabs pass where lines are kept.
    private static int FirstControl(string? text, bool keepsLines)
    {
        for (var i = 0; i < (text?.Length ?? 0); i++)
        {
            if (char.IsControl(text![i]) && !(keepsLines && text[i] is '\n' or '\r' or '\t'))
            {
                return i;
            }
        }

        return -1;
    }
}

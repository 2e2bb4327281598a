using System.Text.Json;
using Dashboard.Core.Parsing;
using Dashboard.Web.Api;
using Dashboard.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Dashboard.Web.Features.Access;

namespace Dashboard.Web.Features.Allotments;

/// <summary>Checkpoints, the ledger and the forecast of a key's allotment.</summary>
public static class AllotmentsApi
{
    public static void MapAllotmentsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/keys/{id:int}/checkpoints", PostCheckpointAsync).WithName("PostKeyCheckpoint")
            .RequireAuthorization(AccessPolicies.ManageAllotments)
            .WithSummary("Record the remaining count Microsoft shows for the key (remaining, asOf, enteredBy)")
            .Accepts<CheckpointRequest>("application/json");
        api.MapDelete("/keys/{id:int}/checkpoints/{checkpointId:long}", DeleteCheckpointAsync)
            .WithName("DeleteKeyCheckpoint")
            .RequireAuthorization(AccessPolicies.ManageAllotments)
            .WithSummary("Delete a mistyped checkpoint (its id is in the ledger); the audit log keeps what it said");
        api.MapGet("/keys/{id:int}/forecast", GetForecastAsync).WithName("GetKeyForecast")
            .RequireAuthorization(AccessPolicies.Read)
            .WithSummary("When the key runs out, with the 80% band, and the date to order a new one by");
        api.MapGet("/keys/{id:int}/ledger", GetLedgerAsync).WithName("GetKeyLedger")
            .RequireAuthorization(AccessPolicies.Read)
            .WithSummary("Daily consumption, consumption by batch and line, checkpoints and reconciliation alarms");
    }

    internal static async Task<Results<Created<CheckpointResponse>, Ok<CheckpointResponse>, ProblemHttpResult>>
        PostCheckpointAsync(
            int id,
            HttpRequest request,
            CheckpointStore store,
            CurrentActor actor,
            TimeProvider clock,
            CancellationToken ct)
    {
        var (input, problems) = await ReadAsync(request, clock.GetUtcNow().UtcDateTime, ct);
        if (input is null)
        {
            return ApiProblems.Invalid(problems);
        }

        var result = await store.AddAsync(id, [("The checkpoint", input)], CheckpointSource.Manual, ct);
        if (!result.KeyFound)
        {
            return ApiProblems.NotFound($"No key {id}.");
        }

        if (!result.Saved)
        {
            return ApiProblems.Invalid("checkpoint", string.Join(" ", result.Errors));
        }

        var enteredBy = actor.NameOr(input.EnteredBy)?.Trim();
        var body = new CheckpointResponse(id, input.Remaining, input.AsOf, enteredBy, result.Added == 0);

        return result.Added == 0 ? TypedResults.Ok(body) : TypedResults.Created($"/api/v1/keys/{id}/ledger", body);
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteCheckpointAsync(
        int id, long checkpointId, CheckpointStore store, CancellationToken ct) =>
        await store.DeleteAsync(id, checkpointId, ct) switch
        {
            CheckpointDeletion.NoSuchKey => ApiProblems.NotFound($"No key {id}."),
            CheckpointDeletion.NoSuchCheckpoint => ApiProblems.NotFound($"Key {id} has no checkpoint {checkpointId}."),
            _ => TypedResults.NoContent(),
        };

    internal static async Task<Results<Ok<ForecastResponse>, ProblemHttpResult>> GetForecastAsync(
        int id, KeyLedgerService ledgers, CancellationToken ct)
    {
        var ledger = await ledgers.GetAsync(id, ct);

        return ledger is null ? ApiProblems.NotFound($"No key {id}.") : TypedResults.Ok(ForecastResponse.From(ledger));
    }

    internal static async Task<Results<Ok<LedgerResponse>, ProblemHttpResult>> GetLedgerAsync(
        int id, KeyLedgerService ledgers, CancellationToken ct)
    {
        var ledger = await ledgers.GetAsync(id, ct);

        return ledger is null ? ApiProblems.NotFound($"No key {id}.") : TypedResults.Ok(LedgerResponse.From(ledger));
    }

    private static async Task<(CheckpointInput? Input, Dictionary<string, string[]> Problems)> ReadAsync(
        HttpRequest request, DateTime now, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            problems["body"] = ["must be a JSON object with remaining and asOf"];
            return (null, problems);
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            problems["body"] = ["must be a JSON object with remaining and asOf"];
            return (null, problems);
        }

        var sentRemaining = Property(body, "remaining");
        var remaining = sentRemaining is { ValueKind: JsonValueKind.Number } r && r.TryGetInt32(out var n)
            ? n : (int?)null;
        if (remaining is null)
        {
            problems["remaining"] = [
                $"{Sent(sentRemaining)}a whole number, the count Microsoft shows as remaining"];
        }

        var sentAsOf = Property(body, "asOf");
        var asOfText = sentAsOf is { ValueKind: JsonValueKind.String } a ? a.GetString() : null;
        if (!CheckpointRules.TryParseAsOf(asOfText, out var asOf))
        {
            problems["asOf"] = [$"{Sent(sentAsOf)}an ISO 8601 date or time, e.g. 2026-03-02T14:00:00Z"];
        }

        var who = Property(body, "enteredBy") is { ValueKind: JsonValueKind.String } w ? w.GetString() : null;

        // What parsed is checked too, so that one answer names every bad field; the allotment is the key's,
        // which the store checks.
        var parsed = new CheckpointInput(remaining ?? 0, problems.ContainsKey("asOf") ? now : asOf, who);
        foreach (var (field, problem) in CheckpointRules.Check(parsed, int.MaxValue, now))
        {
            problems.TryAdd(field, [problem]);
        }

        return problems.Count > 0 ? (null, problems) : (new CheckpointInput(remaining!.Value, asOf, who), problems);
    }

    // "is required" when absent; otherwise what was sent, so that a value of the wrong kind is told as such.
    private static string Sent(JsonElement? value) => value is { } sent
        ? $"is {ProductKeyRedactor.Mask(Shorten(sent.GetRawText()))}; give "
        : "is required: ";

    private static string Shorten(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";

    private static JsonElement? Property(JsonElement body, string name) =>
        body.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            is { Value.ValueKind: not JsonValueKind.Undefined } found ? found.Value : null;
}

public sealed record CheckpointRequest(int Remaining, DateTimeOffset AsOf, string? EnteredBy);

public sealed record CheckpointResponse(
    int KeyId, int Remaining, DateTime AsOf, string? EnteredBy, bool AlreadyRecorded);

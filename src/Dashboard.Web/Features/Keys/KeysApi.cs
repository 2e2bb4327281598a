using System.Text;
using System.Text.Json;
using Dashboard.Core.Parsing;
using Dashboard.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Dashboard.Web.Features.Access;

namespace Dashboard.Web.Features.Keys;

/// <summary>The ePKEA keys the dashboard knows, by label and partial key.</summary>
public static class KeysApi
{
    private const int MaxBodyBytes = 16 * 1024;

    public static void MapKeysApi(this RouteGroupBuilder api)
    {
        api.MapPost("/keys", PostKeyAsync).WithName("PostKey")
            .RequireAuthorization(AccessPolicies.ManageAllotments)
            .WithSummary("Register a key by label, partial key (last five characters) and allotment")
            .Accepts<KeyInput>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/keys", ListKeysAsync).WithName("ListKeys")
            .RequireAuthorization(AccessPolicies.Read);
        api.MapGet("/keys/{id:int}", GetKeyAsync).WithName("GetKey")
            .RequireAuthorization(AccessPolicies.Read);
        api.MapPatch("/keys/{id:int}", PatchKeyAsync).WithName("PatchKey")
            .RequireAuthorization(AccessPolicies.ManageAllotments)
            .WithSummary("Correct a key's label, allotment, lead time, received date or notes")
            .Accepts<KeyInput>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal static async Task<Ok<IReadOnlyList<KeyResponse>>> ListKeysAsync(KeyService keys, CancellationToken ct) =>
        TypedResults.Ok(await keys.ListAsync(ct));

    internal static async Task<Results<Ok<KeyResponse>, ProblemHttpResult>> GetKeyAsync(
        int id, KeyService keys, CancellationToken ct) =>
        await keys.GetAsync(id, ct) is { } key ? TypedResults.Ok(key) : ApiProblems.NotFound($"No key with id {id}.");

    internal static async Task<Results<Created<KeyResponse>, ProblemHttpResult>> PostKeyAsync(
        HttpRequest request, KeyService keys, CancellationToken ct)
    {
        var body = await RequestBody.ReadAsync(request, MaxBodyBytes, ct);
        if (body is null)
        {
            return ApiProblems.Invalid("body", $"is larger than {MaxBodyBytes / 1024} KB");
        }

        // Checked on the raw text, before any parsing, so a full key is refused wherever it was put
        // and never reaches a log line or an error message.
        var text = Encoding.UTF8.GetString(body);
        if (ProductKeyRedactor.ContainsKey(text))
        {
            return ApiProblems.Invalid("body", KeyRules.FullKeyMessage);
        }

        var input = Read(text);
        if (input is null)
        {
            return ApiProblems.Invalid("body", "must be a JSON object with label, partialProductKey and allotment");
        }

        var registration = await keys.RegisterAsync(input, ct);

        return registration switch
        {
            { Key: { } key } => TypedResults.Created($"/api/v1/keys/{key.Id}", key),
            { Conflict: { } conflict } => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "The key is already registered.", detail: conflict),
            _ => ApiProblems.Invalid(registration.Problems),
        };
    }

    internal static async Task<Results<Ok<KeyResponse>, ProblemHttpResult>> PatchKeyAsync(
        int id, HttpRequest request, KeyService keys, CancellationToken ct)
    {
        var body = await RequestBody.ReadAsync(request, MaxBodyBytes, ct);
        var text = body is null ? null : Encoding.UTF8.GetString(body);
        if (text is null || ProductKeyRedactor.ContainsKey(text))
        {
            return ApiProblems.Invalid(
                "body", text is null ? $"is larger than {MaxBodyBytes / 1024} KB" : KeyRules.FullKeyMessage);
        }

        if (Read(text) is not { } change)
        {
            return ApiProblems.Invalid(
                "body", "must be a JSON object with label, allotment, leadTimeDays, receivedOn or notes");
        }

        return await keys.UpdateAsync(id, change, ct) switch
        {
            null => ApiProblems.NotFound($"No key with id {id}."),
            { Key: { } key } => TypedResults.Ok(key),
            var refused => ApiProblems.Invalid(refused.Problems),
        };
    }

    private static KeyInput? Read(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<KeyInput>(text, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using Dashboard.Core.Parsing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Api;

/// <summary>The API's error answers, all as RFC 9457 problem details.</summary>
/// <remarks>Answers quote what the caller sent; a full product key in it is masked like everywhere else.</remarks>
internal static class ApiProblems
{
    public static ProblemHttpResult Invalid(string parameter, string problem) =>
        Invalid(new Dictionary<string, string[]> { [parameter] = [problem] });

    public static ProblemHttpResult Invalid(IDictionary<string, string[]> problems) =>
        InvalidMasked(problems.ToDictionary(problem => problem.Key, problem => problem.Value.Select(Mask).ToArray()));

    private static ProblemHttpResult InvalidMasked(Dictionary<string, string[]> problems) =>
        TypedResults.Problem(new HttpValidationProblemDetails(problems)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid.",
            Detail = string.Join("; ", problems.SelectMany(problem => problem.Value.Select(
                message => Sentence(problem.Key, message)))),
        });

    // "serial" and "is required" read as "serial is required"; a message that is already a sentence of its
    // own ("Batch 'B1' has no spot check...") is not prefixed with its field again.
    private static string Sentence(string field, string message) =>
        message.Length > 0 && char.IsUpper(message[0]) ? message : $"{field} {message}";

    public static ProblemHttpResult UnsupportedMediaType(string what) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "The body's content type is not one this endpoint reads.",
            detail: what);

    /// <summary>
    /// The body field a JSON reader stopped at, from its path ("$.size" is <c>size</c>); null when the
    /// problem is the body as a whole.
    /// </summary>
    public static string? FieldOf(System.Text.Json.JsonException exception) =>
        exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: Mask(what));

    private static string Mask(string text) => ProductKeyRedactor.Redact(text).Text;

    public static ProblemHttpResult TooLarge(int limit) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "The request body is too large.",
            detail: $"A capture may be at most {limit / 1024} KB.");
}

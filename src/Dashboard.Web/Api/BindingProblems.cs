using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Core.Parsing;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Api;

/// <summary>
/// Rewrites ASP.NET Core's answer to a value it could not read ("Failed to bind parameter "Nullable`1
/// limit" from "abc".", "Failed to read parameter "SpotCheckRecord body" from the request body as JSON.")
/// the way the API's own checks answer: the field, what was sent and what it takes, under <c>errors</c>,
/// with no .NET type names.
/// </summary>
internal static partial class BindingProblems
{
    private const string WholeNumber = "a whole number";

    public static void Describe(ProblemDetails problem, BadHttpRequestException refused)
    {
        if (FailedBodyRead().IsMatch(refused.Message))
        {
            DescribeBody(problem, refused.InnerException as JsonException);
            return;
        }

        var match = FailedBinding().Match(refused.Message);
        if (!match.Success)
        {
            problem.Detail = ProductKeyRedactor.Redact(refused.Message).Text;
            return;
        }

        var sent = ProductKeyRedactor.Redact(match.Groups["value"].Value).Text;
        var expected = Expected(match.Groups["type"].Value);
        var message = expected == WholeNumber && WholeNumberText().IsMatch(sent)
            ? $"is {sent}, too large a number here"
            : $"is '{sent}'; it must be {expected}";
        Invalid(problem, match.Groups["name"].Value, message);
    }

    private static void DescribeBody(ProblemDetails problem, JsonException? reason)
    {
        if (reason is not null && ApiProblems.FieldOf(reason) is { } field)
        {
            Invalid(problem, field, "is not a value of the kind it takes (text, a number, true or false)");
        }
        else
        {
            Invalid(problem, "body", "must be a JSON object of the fields this endpoint takes (see /openapi/v1.json)");
        }
    }

    private static void Invalid(ProblemDetails problem, string field, string message)
    {
        problem.Title = "The request is not valid.";
        problem.Detail = $"{field} {message}";
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
    }

    // The type as the framework spells it: "int", "Nullable<int>", "long", "bool", "DateTimeOffset"...
    private static string Expected(string type) => Kind(type) switch
    {
        "int" or "long" or "short" or "byte" => WholeNumber,
        "bool" or "boolean" => "true or false",
        "datetime" or "datetimeoffset" or "dateonly" => "an ISO 8601 date or time, e.g. 2026-03-02T14:00:00Z",
        "double" or "decimal" or "float" or "single" => "a number",
        _ => "a value of another form",
    };

    private static string Kind(string type)
    {
        var inner = type.StartsWith("Nullable<", StringComparison.Ordinal) ? type[9..^1] : type;

        return inner.TrimEnd('?').Replace("System.", "", StringComparison.Ordinal).ToLowerInvariant() switch
        {
            "int32" or "int64" or "int16" => "int",
            var other => other,
        };
    }

    [GeneratedRegex("^[+-]?[0-9]+$")]
    private static partial Regex WholeNumberText();

    [GeneratedRegex("""^Failed to read parameter ".+" from the request body""")]
    private static partial Regex FailedBodyRead();

    [GeneratedRegex("""^Failed to bind parameter "(?<type>.+) (?<name>\w+)" from "(?<value>.*)"\.$""",
        RegexOptions.Singleline)]
    private static partial Regex FailedBinding();
}

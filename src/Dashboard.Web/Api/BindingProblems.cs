using System.Text.RegularExpressions;
using Dashboard.Core.Parsing;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Api;

/// <summary>
/// Rewrites ASP.NET Core's answer to a query or route value it could not read ("Failed to bind parameter
/// "Nullable`1 limit" from "abc".") the way the API's own checks answer: the field, what was sent and what
/// it takes, under <c>errors</c>, with no .NET type names.
/// </summary>
internal static partial class BindingProblems
{
    public static void Describe(ProblemDetails problem, BadHttpRequestException refused)
    {
        var match = FailedBinding().Match(refused.Message);
        if (!match.Success)
        {
            problem.Detail = ProductKeyRedactor.Redact(refused.Message).Text;
            return;
        }

        var field = match.Groups["name"].Value;
        var sent = ProductKeyRedactor.Redact(match.Groups["value"].Value).Text;
        var message = $"is '{sent}'; it must be {Expected(match.Groups["type"].Value)}";
        problem.Title = "The request is not valid.";
        problem.Detail = $"{field} {message}";
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
    }

    // The type as the framework spells it: "int", "Nullable<int>", "long", "bool", "DateTimeOffset"...
    private static string Expected(string type) => Kind(type) switch
    {
        "int" or "long" or "short" or "byte" => "a whole number",
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

    [GeneratedRegex("""^Failed to bind parameter "(?<type>.+) (?<name>\w+)" from "(?<value>.*)"\.$""",
        RegexOptions.Singleline)]
    private static partial Regex FailedBinding();
}

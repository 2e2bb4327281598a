using System.Globalization;
using Dashboard.Core.Parsing;

namespace Dashboard.Web.Features.Allotments;

/// <summary>A remaining count as someone read it from Microsoft's side.</summary>
public sealed record CheckpointInput(int Remaining, DateTime AsOf, string? EnteredBy);

/// <summary>What a checkpoint must be, shared by the API, the dialog and the CSV import.</summary>
public static class CheckpointRules
{
    public const int MaxEnteredByLength = 100;

    // Readers' clocks and time zones differ; an hour ahead is tolerated, more is a wrong date.
    private static readonly TimeSpan s_futureTolerance = TimeSpan.FromHours(1);

    /// <summary>Problems by field name (<c>remaining</c>, <c>asOf</c>, <c>enteredBy</c>); empty when valid.</summary>
    public static Dictionary<string, string> Check(CheckpointInput input, int allotment, DateTime now)
    {
        var problems = new Dictionary<string, string>();
        if (input.Remaining < 0)
        {
            problems["remaining"] = $"is {input.Remaining}; it must be 0 or more";
        }
        else if (input.Remaining > allotment)
        {
            problems["remaining"] = $"is {input.Remaining:N0}, more than the key's allotment of {allotment:N0}";
        }

        if (input.AsOf > now + s_futureTolerance)
        {
            problems["asOf"] = $"is {input.AsOf:yyyy-MM-dd HH:mm} UTC, in the future";
        }
        else if (input.AsOf.Year < 2000)
        {
            problems["asOf"] = "is before the year 2000";
        }

        if (input.EnteredBy is { } who && who.Length > MaxEnteredByLength)
        {
            problems["enteredBy"] = $"is longer than {MaxEnteredByLength} characters";
        }
        else if (input.EnteredBy is { } text && ProductKeyRedactor.ContainsKey(text))
        {
            problems["enteredBy"] = "contains a full product key; keys are never stored";
        }

        return problems;
    }

    /// <summary>Reads a time in ISO 8601, as UTC unless it names an offset; a date alone means its start.</summary>
    public static bool TryParseAsOf(string? text, out DateTime asOf)
    {
        asOf = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (!DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, styles, out var parsed))
        {
            return false;
        }

        asOf = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);

        return true;
    }
}

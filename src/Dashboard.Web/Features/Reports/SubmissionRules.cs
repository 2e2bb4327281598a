using System.Buffers;
using Dashboard.Core.Parsing;

namespace Dashboard.Web.Features.Reports;

/// <summary>What a submission must look like before anything is read from it.</summary>
public static class SubmissionRules
{
    public const int MaxIdentifierLength = 64;

    /// <summary>The answer to any field that holds a full product key; it never repeats the value.</summary>
    public const string FullKeyProblem =
        "looks like a full product key; a key must never be sent or stored, only its last five characters";

    /// <summary>The largest capture accepted, in bytes; real captures are a few kilobytes.</summary>
    public const int MaxContentBytes = 256 * 1024;

    // Stations clocks drift, so a little future is tolerated; more means a wrong clock or a wrong field.
    private static readonly TimeSpan s_futureTolerance = TimeSpan.FromDays(1);
    private static readonly DateTimeOffset s_earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly SearchValues<char> s_identifierCharacters = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");

    /// <summary>Problems per parameter name (<c>serial</c>, <c>batch</c>, ...); empty when valid.</summary>
    public static Dictionary<string, string[]> Validate(ReportSubmission submission, DateTimeOffset now)
    {
        var problems = new Dictionary<string, string[]>();
        Check(problems, "serial", IdentifierProblem(submission.Serial, required: true));
        Check(problems, "batch", IdentifierProblem(submission.Batch, required: true));
        Check(problems, "station", IdentifierProblem(submission.Station, required: false));
        Check(problems, "capturedAt", CaptureTimeProblem(submission.CapturedAt, now));
        Check(problems, "content", ContentProblem(submission.Content));

        return problems;
    }

    /// <summary>Why the text is not a valid serial, batch or station; null when it is.</summary>
    public static string? IdentifierProblem(string? value, bool required)
    {
        if (string.IsNullOrEmpty(value))
        {
            return required ? "is required" : null;
        }

        if (value.Length > MaxIdentifierLength)
        {
            return $"is {value.Length} characters long; at most {MaxIdentifierLength} are allowed";
        }

        if (ProductKeyRedactor.ContainsKey(value))
        {
            return FullKeyProblem;
        }

        // An index, not the character: the NUL character is also char's default value.
        var bad = value.AsSpan().IndexOfAnyExcept(s_identifierCharacters);
        if (bad >= 0)
        {
            return $"contains {Shown(value[bad])}; only letters (A-Z, a-z), digits, '.', '_' and '-' are allowed";
        }

        // "." and ".." would be path segments in every link to the device or batch.
        return char.IsAsciiLetterOrDigit(value[0]) ? null : "must start with a letter or a digit";
    }

    // A control or invisible character is named by its code point: printed as is, it would not show.
    private static string Shown(char c) =>
        char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' ') || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Surrogate
            ? $"U+{(int)c:X4}"
            : $"'{c}'";

    private static string? CaptureTimeProblem(DateTimeOffset? capturedAt, DateTimeOffset now)
    {
        if (capturedAt is null)
        {
            return null;
        }

        if (capturedAt > now + s_futureTolerance)
        {
            return $"is {capturedAt:O}, more than a day in the future";
        }

        return capturedAt < s_earliest ? $"is {capturedAt:O}, before the year 2000" : null;
    }

    private static string? ContentProblem(byte[] content) =>
        content.Length switch
        {
            0 => "is empty",
            > MaxContentBytes => $"is {content.Length} bytes; at most {MaxContentBytes} are accepted",
            _ => null,
        };

    private static void Check(Dictionary<string, string[]> problems, string name, string? problem)
    {
        if (problem is not null)
        {
            problems[name] = [problem];
        }
    }
}

using Dashboard.Core.Parsing;

namespace Dashboard.Web.Features.Keys;

/// <summary>What a key registration must look like; problems are keyed by the JSON field name.</summary>
public static class KeyRules
{
    public const int MaxLabelLength = 200;
    public const int MaxNotesLength = 4000;
    public const int MaxAllotment = 10_000_000;
    public const int MaxLeadTimeDays = 365;

    public const string FullKeyMessage =
        "contains a full product key; the dashboard keeps only a key's last five characters, never the whole key";

    public static Dictionary<string, string[]> Validate(KeyInput input)
    {
        var problems = new Dictionary<string, string[]>();
        CheckFullKey(problems, "label", input.Label);
        CheckFullKey(problems, "partialProductKey", input.PartialProductKey);
        CheckFullKey(problems, "notes", input.Notes);

        if (string.IsNullOrWhiteSpace(input.Label))
        {
            problems.TryAdd("label", ["is required: a name people recognise"]);
        }
        else if (input.Label.Length > MaxLabelLength)
        {
            problems.TryAdd("label", [$"is {input.Label.Length} characters long; at most {MaxLabelLength}"]);
        }

        problems.TryAdd("partialProductKey", PartialKeyProblem(input.PartialProductKey));
        CheckNumbers(problems, input);
        if (input.Notes?.Length > MaxNotesLength)
        {
            problems.TryAdd("notes", [$"is {input.Notes.Length} characters long; at most {MaxNotesLength}"]);
        }

        return problems.Where(pair => pair.Value.Length > 0).ToDictionary();
    }

    /// <summary>The partial key in the stored form: trimmed, upper case.</summary>
    public static string Normalise(string partialKey) => partialKey.Trim().ToUpperInvariant();

    private static string[] PartialKeyProblem(string? partialKey)
    {
        var trimmed = partialKey?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return ["is required: the key's last five characters"];
        }

        if (trimmed.Length != 5)
        {
            return [$"must be the key's last five letters or digits; got {trimmed.Length} characters"];
        }

        var bad = trimmed.FirstOrDefault(c => !char.IsAsciiLetterOrDigit(c), 'A');

        return char.IsAsciiLetterOrDigit(bad)
            ? []
            : [$"must be the key's last five letters or digits; '{bad}' is neither"];
    }

    private static void CheckNumbers(Dictionary<string, string[]> problems, KeyInput input)
    {
        if (input.Allotment is null or < 1 or > MaxAllotment)
        {
            problems["allotment"] =
                [$"is {input.Allotment?.ToString() ?? "missing"}; it must be 1 to {MaxAllotment:N0}"];
        }

        if (input.LeadTimeDays is < 0 or > MaxLeadTimeDays)
        {
            problems["leadTimeDays"] = [$"is {input.LeadTimeDays}; it must be 0 to {MaxLeadTimeDays}"];
        }
    }

    private static void CheckFullKey(Dictionary<string, string[]> problems, string field, string? value)
    {
        if (value is not null && ProductKeyRedactor.ContainsKey(value))
        {
            problems[field] = [FullKeyMessage];
        }
    }
}

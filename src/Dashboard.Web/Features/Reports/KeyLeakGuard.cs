using Dashboard.Core.Parsing;

namespace Dashboard.Web.Features.Reports;

/// <summary>A last check before storing: no full product key may reach the database.</summary>
/// <remarks>
/// A leaked ePKEA key drains its allotment, so storage does not rely on the parser alone: each line is
/// redacted once more on its own (an early parser missed keys that ended a line, such as the
/// <c>/ipk</c> echo on a prompt). When that finds a key, the clean text is parsed again so that the
/// stored fields, too, come from text without it.
/// </remarks>
internal static class KeyLeakGuard
{
    public static (ParsedReport Report, int Missed) Ensure(ParsedReport parsed)
    {
        var (text, missed) = RedactLines(parsed.RedactedText);
        if (missed == 0)
        {
            return (parsed, 0);
        }

        var reparsed = ReportParser.Parse(text);

        return (reparsed with
        {
            Encoding = parsed.Encoding,
            RedactedText = text,
            RedactedKeys = parsed.RedactedKeys + missed,
            Warnings = [.. parsed.Warnings.Union(reparsed.Warnings)],
        }, missed);
    }

    private static (string Text, int Count) RedactLines(string text)
    {
        var lines = text.Split('\n');
        var count = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var (line, found) = ProductKeyRedactor.Redact(lines[i]);
            lines[i] = line;
            count += found;
        }

        return (string.Join('\n', lines), count);
    }
}

using Dashboard.Core.Parsing;

namespace Dashboard.Web.Features.Reports;

/// <summary>A last check before storing: no full product key may reach the database.</summary>
/// <remarks>
/// The parser redacts keys across console line wraps by joining lines, which can hide a key that ends
/// a line (e.g. the <c>/ipk</c> echo on a prompt line) behind the next line's first letter. Redacting
/// each line on its own as well catches those; when it finds one, the clean text is parsed again so
/// the stored fields come from text without the key.
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

using Dashboard.Core.Parsing.Decoding;

namespace Dashboard.Core.Parsing;

/// <summary>Reads captures of <c>slmgr</c> output in any language, encoding and state of damage.</summary>
public static class ReportParser
{
    /// <summary>Decodes and parses raw bytes. Never throws; what it cannot read it reports as warnings.</summary>
    public static ParsedReport Parse(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return Empty("utf-8", "The capture is empty.");
        }

        var decoded = CaptureDecoder.Decode(content);
        var report = Parse(decoded.Text, decoded.Encoding, decoded.Doubt);
        var unreadable = UnreadableShare(decoded.Text);

        return unreadable <= MaxUnreadableShare ? report : report with
        {
            IsText = false,
            Warnings =
            [
                $"The capture does not look like text: {unreadable:P0} of it is control or undecodable characters.",
                .. report.Warnings,
            ],
        };
    }

    // Real captures hold no control characters besides line breaks and tabs; a few stray ones come from
    // damaged copies, more than this means binary data.
    private const double MaxUnreadableShare = 0.05;

    private static double UnreadableShare(string text)
    {
        var unreadable = text.Count(c =>
            c == '\uFFFD' || (char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f')));

        return text.Length == 0 ? 0 : (double)unreadable / text.Length;
    }

    /// <summary>Parses text that is already decoded.</summary>
    public static ParsedReport Parse(string text) => Parse(text, "utf-16", doubt: null);

    private static ParsedReport Parse(string text, string encoding, string? doubt)
    {
        var (redacted, redactions) = ProductKeyRedactor.Redact(text);
        try
        {
            var report = new ReportReader(redacted).Read(encoding, redactions);

            return doubt is null ? report : report with { Warnings = [doubt, .. report.Warnings] };
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Parsing must never take an ingest request down; a capture that trips a parser bug is
            // stored as unreadable, with the redacted text kept for a later re-parse.
            return Empty(encoding, $"The capture could not be read ({exception.GetType().Name}).") with
            {
                RedactedText = redacted,
                RedactedKeys = redactions,
            };
        }
    }

    private static ParsedReport Empty(string encoding, string warning) => new()
    {
        Encoding = encoding,
        Language = "unknown",
        Warnings = [warning],
    };
}

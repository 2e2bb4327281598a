using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Dashboard.Web.Features.Access;

/// <summary>How a refusal is written: problem details, a page for a browser, or plain text.</summary>
internal enum RefusalFormat
{
    ProblemJson,
    Html,
    PlainText,
}

internal static class RefusalFormats
{
    /// <summary>
    /// Reads the caller's <c>Accept</c> header, best quality first: JSON (or none, or <c>*/*</c>) gets problem
    /// details, <c>text/html</c> a page, anything else plain text. Browsers list <c>text/html</c> before their
    /// trailing <c>*/*</c>, so a person who opens an API address or a revoked wall link sees words, not JSON.
    /// </summary>
    public static RefusalFormat Choose(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        if (accepted.Count == 0)
        {
            return RefusalFormat.ProblemJson;
        }

        // OrderByDescending keeps the header's own order among equal qualities.
        foreach (var type in accepted.Where(type => type.Quality is not <= 0).OrderByDescending(Quality))
        {
            if (FormatOf(type) is { } format)
            {
                return format;
            }
        }

        return RefusalFormat.PlainText;
    }

    private static double Quality(MediaTypeHeaderValue type) => type.Quality ?? 1;

    private static RefusalFormat? FormatOf(MediaTypeHeaderValue type)
    {
        if (type.MatchesAllTypes || Is(type.Suffix, "json") || Is(type.SubType, "json")
            || (Is(type.Type, "application") && type.MatchesAllSubTypes))
        {
            return RefusalFormat.ProblemJson;
        }

        if (Is(type.MediaType, "text/html") || Is(type.MediaType, "application/xhtml+xml"))
        {
            return RefusalFormat.Html;
        }

        return Is(type.Type, "text") ? RefusalFormat.PlainText : null;
    }

    // Media types compare without regard to case (RFC 9110, section 8.3.1).
    private static bool Is(StringSegment segment, string value) =>
        segment.Equals(value, StringComparison.OrdinalIgnoreCase);
}

using System.Text;
using System.Text.Unicode;

namespace Dashboard.Core.Parsing.Decoding;

/// <summary>
/// Turns a capture's bytes into text. Stations save output as UTF-8 (with or without BOM), UTF-16
/// (PowerShell 5.1 and <c>cscript //U</c>, sometimes without BOM) or in the console's OEM or ANSI code
/// page; without a BOM nothing says which, so every plausible decoding is tried and the one under
/// which the text reads as words of one script, with known licensing labels, wins.
/// </summary>
public static class CaptureDecoder
{
    private static readonly UTF8Encoding s_utf8 =
        new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly (int CodePage, string Name)[] s_legacyCodePages =
    [
        (437, "ibm437"),
        (850, "ibm850"),
        (1252, "windows-1252"),
        (866, "ibm866"),
        (1251, "windows-1251"),
        (936, "gbk"),
        (932, "shift_jis"),
    ];

    static CaptureDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedCapture Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new(s_utf8.GetString(bytes[3..]), "utf-8", InvalidUtf8Doubt(bytes[3..]));
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", null);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", null);
        }

        var utf16 = Utf16WithoutBom(bytes);
        if (utf16 is not null)
        {
            return utf16;
        }
        if (Utf8.IsValid(bytes))
        {
            return new(s_utf8.GetString(bytes), "utf-8", null);
        }

        return BestLegacyDecoding(bytes);
    }

    private static string? InvalidUtf8Doubt(ReadOnlySpan<byte> bytes) =>
        Utf8.IsValid(bytes) ? null : "The capture is marked as UTF-8 but holds bytes that are not; they were replaced.";

    // UTF-16 text carries a zero byte beside every ASCII character (line breaks included), always on
    // the same side of each pair: on the odd bytes for little-endian, on the even ones for big-endian.
    private static DecodedCapture? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var pairs = Math.Min(bytes.Length / 2, 4096);
        if (pairs < 2)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < pairs; i++)
        {
            evenZeros += bytes[2 * i] == 0 ? 1 : 0;
            oddZeros += bytes[(2 * i) + 1] == 0 ? 1 : 0;
        }

        var body = bytes[..(bytes.Length & ~1)];
        if (oddZeros >= pairs / 5 && evenZeros <= pairs / 50)
        {
            return new(Encoding.Unicode.GetString(body), "utf-16le", null);
        }
        if (evenZeros >= pairs / 5 && oddZeros <= pairs / 50)
        {
            return new(Encoding.BigEndianUnicode.GetString(body), "utf-16be", null);
        }

        return null;
    }

    private static DecodedCapture BestLegacyDecoding(ReadOnlySpan<byte> bytes)
    {
        var candidates = new List<(DecodedCapture Capture, double Score)>(s_legacyCodePages.Length + 1)
        {
            Scored(new(s_utf8.GetString(bytes), "utf-8", null), bytes, 65001),
        };
        foreach (var (codePage, name) in s_legacyCodePages)
        {
            var text = Encoding.GetEncoding(codePage).GetString(bytes);
            candidates.Add(Scored(new(text, name, null), bytes, codePage));
        }

        var best = candidates.MaxBy(candidate => candidate.Score);
        var rivals = candidates.Count(candidate =>
            candidate.Score == best.Score && candidate.Capture.Text != best.Capture.Text);
        var chosen = PreferByLanguage(candidates, best);

        return rivals > 0 || best.Score <= 0
            ? chosen with
            {
                Doubt = $"The encoding could not be told for certain; the text was read as {chosen.Encoding}.",
            }
            : chosen;
    }

    private static (DecodedCapture Capture, double Score) Scored(
        DecodedCapture capture, ReadOnlySpan<byte> bytes, int codePage) =>
        (capture, TextPlausibility.Score(capture.Text) + TextPlausibility.ByteLayoutScore(bytes, codePage));

    // OEM 437 and 850 decode most Western letters alike; 850 is the console page of Western European
    // languages, 437 the one of US English, so a tie goes to the page of the language the text is in.
    private static DecodedCapture PreferByLanguage(
        List<(DecodedCapture Capture, double Score)> candidates,
        (DecodedCapture Capture, double Score) best)
    {
        if (best.Capture.Encoding != "ibm437")
        {
            return best.Capture;
        }

        var ibm850 = candidates.First(candidate => candidate.Capture.Encoding == "ibm850");
        var westernEuropean = TextPlausibility.LooksWesternEuropean(best.Capture.Text);

        return ibm850.Score == best.Score && westernEuropean ? ibm850.Capture : best.Capture;
    }
}

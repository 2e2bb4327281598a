using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Core.Parsing;

/// <summary>
/// Replaces every full 5×5 product key in a text with a mask that keeps only its last five characters.
/// A leaked ePKEA key drains its allotment, so this runs before anything is stored or shown.
/// </summary>
public static partial class ProductKeyRedactor
{
    private const string MaskedGroups = "*****-*****-*****-*****-";
    private const char LineBreakMarker = '\u0001';

    /// <summary>Redacts keys, also those split by a line break where the console wrapped them.</summary>
    public static (string Text, int Count) Redact(string text)
    {
        var (joined, positions) = WithBreakMarkers(text);
        var matches = KeyPattern().Matches(joined);
        if (matches.Count == 0)
        {
            return (text, 0);
        }

        var chars = text.ToCharArray();
        foreach (Match match in matches)
        {
            MaskOne(chars, positions, match);
        }

        return (new string(chars), matches.Count);
    }

    /// <summary>True when the text holds a full product key.</summary>
    public static bool ContainsKey(string text) => KeyPattern().IsMatch(WithBreakMarkers(text).Joined);

    // The mask is written over the key's own characters, so it has the same length and the text
    // around it keeps its positions; the groups' separators are replaced as well.
    private static void MaskOne(char[] chars, int[] positions, Match match)
    {
        var start = positions[match.Index];
        var end = positions[match.Index + match.Length - 1];
        var span = new StringBuilder();
        for (var i = start; i <= end; i++)
        {
            if (chars[i] is not ('\r' or '\n'))
            {
                span.Append(chars[i]);
            }
        }

        var lastFive = span.ToString()[^5..].Normalize(NormalizationForm.FormKC).ToUpperInvariant();
        var mask = MaskedGroups + lastFive;
        var written = 0;
        for (var i = start; i <= end; i++)
        {
            if (chars[i] is not ('\r' or '\n'))
            {
                chars[i] = written < mask.Length ? mask[written++] : ' ';
            }
        }
    }

    // Each line break becomes one marker character that the pattern allows inside a key, so a key the
    // console wrapped is still found, while two lines never run together into one.
    private static (string Joined, int[] Positions) WithBreakMarkers(string text)
    {
        var joined = new StringBuilder(text.Length);
        var positions = new int[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            positions[joined.Length] = i;
            joined.Append(text[i] is '\r' or '\n' ? LineBreakMarker : text[i]);
        }

        return (joined.ToString(), positions);
    }

    // Five groups of five letters or digits (full-width ones too), joined by any kind of dash
    // (retyped keys carry en dashes and full-width hyphens), not inside a longer run of such groups;
    // a line break may fall anywhere inside the key but not before or after it.
    private const string KeyChar = "[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]";
    private const string Dash = "[-\u2010-\u2015\uFF0D]";
    private const string Group = KeyChar + "(?:\x01?" + KeyChar + "){4}";

    [GeneratedRegex(
        "(?<!" + KeyChar + Dash + "?)" + Group + "(?:\x01?" + Dash + "\x01?" + Group + "){4}(?!" + Dash + "?" + KeyChar + ")",
        RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}

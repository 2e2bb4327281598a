using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Core.Parsing;

/// <summary>
/// Replaces every full 5×5 product key in a text with a mask that keeps only its last five characters.
/// A leaked ePKEA key drains its allotment, so this runs before anything is stored or shown.
/// </summary>
public static partial class ProductKeyRedactor
{
    private const char LineBreakMarker = '\u0001';

    /// <summary>Redacts keys, also those split by a line break where the console wrapped them.</summary>
    public static (string Text, int Count) Redact(string text)
    {
        var (joined, positions) = WithBreakMarkers(text);
        var matches = KeyPattern().Matches(joined);
        if (!matches.Any(IsKey))
        {
            return (text, 0);
        }

        var chars = text.ToCharArray();
        var count = 0;
        foreach (var match in matches.Where(IsKey))
        {
            MaskOne(chars, positions, match);
            count++;
        }

        return (new string(chars), count);
    }

    /// <summary>True when the text holds a full product key.</summary>
    public static bool ContainsKey(string text) => KeyPattern().Matches(WithBreakMarkers(text).Joined).Any(IsKey);

    private static bool IsKey(Match match) =>
        match.Groups["dashed"].Success || (match.Value.Any(char.IsAsciiDigit) && match.Value.Any(char.IsAsciiLetter));

    // The mask is written over the key's own characters, so the text around it keeps its positions:
    // the first twenty key characters become stars, the last five stay (upper case), dashes become plain
    // hyphens, and spaces and line breaks stay where they were.
    private static void MaskOne(char[] chars, int[] positions, Match match)
    {
        var start = positions[match.Index];
        var end = positions[match.Index + match.Length - 1];
        var keyChars = 0;
        for (var i = start; i <= end; i++)
        {
            if (char.IsLetterOrDigit(chars[i]))
            {
                chars[i] = ++keyChars <= 20 ? '*' : UpperAscii(chars[i]);
            }
            else if (chars[i] is not ('\r' or '\n' or ' '))
            {
                chars[i] = '-';
            }
        }
    }

    private static char UpperAscii(char c) =>
        char.ToUpperInvariant(c.ToString().Normalize(NormalizationForm.FormKC)[0]);

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

    // Three shapes are keys. Five groups of five letters or digits (full-width ones too) joined by any
    // kind of dash, as slmgr echoes them and people retype them (en dashes, full-width hyphens), even
    // glued to other text and with a line break anywhere inside. And, written without dashes, 25 characters
    // of the product-key alphabet (no vowels, no 0, 1, 5, L, S, Z) in one run or in five groups split by
    // single spaces; these must hold a digit and a letter so that words and numbers are left alone.
    private const string KeyChar = "[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]";
    private const string Dash = "[-\u2010-\u2015\uFF0D]";
    private const string Group = KeyChar + "(?:\x01?" + KeyChar + "){4}";
    private const string Dashed = Group + "(?:\x01?" + Dash + "\x01?" + Group + "){4}";
    private const string Alphabet = "[BCDFGHJKMNPQRTVWXY2346789]";
    private const string Undashed = "(?<![A-Za-z0-9])(?:" + Alphabet + "{25}|"
        + Alphabet + "{5}(?: " + Alphabet + "{5}){4})(?![A-Za-z0-9])";

    [GeneratedRegex(
        "(?<dashed>" + Dashed + ")|(?<undashed>" + Undashed + ")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KeyPattern();
}

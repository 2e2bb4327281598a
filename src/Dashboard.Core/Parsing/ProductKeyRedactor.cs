using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Dashboard.Core.Parsing;

/// <summary>
/// Replaces every full 5×5 product key in a text with a mask that keeps only its last five characters.
/// A leaked ePKEA key drains its allotment, so this runs before anything is stored or shown.
/// </summary>
/// <remarks>
/// Keys are found however they were written: as slmgr echoes them, retyped in lower case or full-width
/// letters, with any kind of dash, wrapped by a console, or with the groups split by spaces, tabs, a line
/// break and indentation, <c>_</c>, <c>/</c>, <c>.</c>, <c>,</c>, quotes, invisible characters (a soft
/// hyphen, a zero-width space) or none at all. Only dash-joined groups may use any letter or digit; the
/// looser forms must spell the product-key alphabet, so that words, numbers and IDs are left alone.
/// </remarks>
public static partial class ProductKeyRedactor
{
    /// <summary>Redacts keys, also those split by a line break where the console wrapped them.</summary>
    /// <remarks>
    /// Keys are masked one after the other, each from where the previous one ended. In a run of more
    /// than five groups, the five characters one key keeps can start a new key with the groups after it
    /// (nine groups in a row): the text is scanned again until none is left, which takes one more scan
    /// for such a run and none for ordinary text.
    /// </remarks>
    public static (string Text, int Count) Redact(string text)
    {
        var count = 0;
        for (var keys = FindKeys(text, firstOnly: false); keys.Count > 0; keys = FindKeys(text, firstOnly: false))
        {
            var chars = text.ToCharArray();
            foreach (var (start, end) in keys)
            {
                MaskOne(chars, start, end);
            }

            text = new string(chars);
            count += keys.Count;
        }

        return (text, count);
    }

    /// <summary>
    /// The text with every full key masked: for showing a value that comes from outside and is not yet
    /// checked, such as an address's route value or an uploaded file's name.
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Mask(string? text) => text is null ? null : Redact(text).Text;

    /// <summary>True when the text holds a full product key.</summary>
    public static bool ContainsKey(string text) => FindKeys(text, firstOnly: true).Count > 0;

    // A candidate that turns out not to be a key (five groups of letters only) is skipped by one
    // character, not by its length, so a key that starts inside it is still found. Every attempt reads
    // at most a few dozen characters, so the scan stays linear in the text's length.
    private static List<(int Start, int End)> FindKeys(string text, bool firstOnly)
    {
        var view = KeyView.Of(text);
        var keys = new List<(int Start, int End)>();
        for (var match = KeyPattern().Match(view.Text); match.Success;)
        {
            if (!IsKey(match))
            {
                match = KeyPattern().Match(view.Text, match.Index + 1);
                continue;
            }

            keys.Add((view.Positions[match.Index], view.Positions[match.Index + match.Length - 1]));
            if (firstOnly)
            {
                break;
            }

            match = match.NextMatch();
        }

        return keys;
    }

    private static bool IsKey(Match match) =>
        match.Groups["dashed"].Success || (match.Value.Any(char.IsAsciiDigit) && match.Value.Any(char.IsAsciiLetter));

    // The mask is written over the key's own characters, so the text around it keeps its positions: the
    // first twenty key characters become stars, the last five stay (upper case), dashes become plain
    // hyphens, and whatever else separated the groups (spaces, line breaks, quotes, commas) stays as it
    // was, so that a key in a CSV line or a JSON document leaves the line or the document well formed.
    private static void MaskOne(char[] chars, int start, int end)
    {
        var keyChars = 0;
        for (var i = start; i <= end; i++)
        {
            var folded = KeyView.Fold(chars[i]);
            if (char.IsAsciiLetterOrDigit(folded))
            {
                chars[i] = ++keyChars <= 20 ? '*' : char.ToUpperInvariant(folded);
            }
            else if (KeyView.IsDash(chars[i]))
            {
                chars[i] = '-';
            }
        }
    }

    // Two shapes are keys, both read on the text as KeyView gives it (full-width forms folded to ASCII,
    // invisible characters dropped, a line break with the blanks around it as one \x01):
    // - Five groups of five letters or digits joined by single dashes of any kind, as slmgr echoes them,
    //   even glued to other text and with a line break anywhere inside.
    // - Five groups of five characters of the product-key alphabet, on their own (no letter or digit
    //   touching either end), split by up to four blanks, punctuation marks or symbols each, or by none.
    //   These must hold a digit and a letter (IsKey), so that words and numbers are left alone. The alphabet is base 24
    //   (no vowels, no 0, 1, 5, L, S, Z) plus N: a Windows 8 or later key spells one literal N (VK7JG-NPHTM-).
    private const string AnyChar = "[A-Za-z0-9]";
    private const string Dash = "[\\p{Pd}\u2212\u30FC\uFF70]";
    private const string AnyGroup = AnyChar + "(?:\x01?" + AnyChar + "){4}";
    private const string Dashed = AnyGroup + "(?:\x01?" + Dash + "\x01?" + AnyGroup + "){4}";

    private const string KeyChar = "[BCDFGHJKMNPQRTVWXY2346789]";
    private const string KeyGroup = KeyChar + "(?:\x01?" + KeyChar + "){4}";
    // Any blank, punctuation or symbol separates groups (the two long-vowel marks count as letters in
    // Unicode, so they are named): a key written with = ~ # * or brackets between its groups is still a key.
    private const string Separator = "(?>[\\s\x01\\p{P}\\p{S}\u30FC\uFF70]{0,4})";
    private const string Loose = "(?<![A-Za-z0-9])" + KeyGroup + "(?:" + Separator + KeyGroup + "){4}(?![A-Za-z0-9])";

    [GeneratedRegex(
        "(?<dashed>" + Dashed + ")|(?<loose>" + Loose + ")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KeyPattern();
}

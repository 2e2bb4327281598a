using System.Globalization;
using System.Text;

namespace Dashboard.Core.Parsing;

/// <summary>
/// A text as the product-key pattern reads it, with the position in the original text of each of its
/// characters, so that a key found here is masked there.
/// </summary>
/// <remarks>
/// Full-width letters, digits and punctuation read as their ASCII forms. Invisible format characters
/// (Unicode category Cf: soft hyphens, zero-width spaces and joiners, direction marks) are dropped, since
/// nobody sees them between two key characters. A line break, with the spaces and tabs before and after
/// it (trailing blanks, indentation), reads as one marker that the pattern allows inside a key, so that a
/// key a console wrapped is still found, while two lines never run together into one.
/// </remarks>
internal readonly record struct KeyView(string Text, int[] Positions)
{
    public const char LineBreak = '\u0001';

    public static KeyView Of(string text)
    {
        var view = new StringBuilder(text.Length);
        var positions = new int[text.Length];
        var afterBreak = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format || (c == '\r' && At(text, i + 1) == '\n'))
            {
                continue;
            }

            if (c is '\r' or '\n')
            {
                TrimBlanks(view);
                afterBreak = true;
                positions[view.Length] = i;
                view.Append(LineBreak);
                continue;
            }

            if (afterBreak && c is ' ' or '\t')
            {
                continue;
            }

            afterBreak = false;
            positions[view.Length] = i;
            view.Append(Fold(c));
        }

        return new KeyView(view.ToString(), positions);
    }

    /// <summary>The ASCII form of a full-width character (and a plain space for the ideographic one).</summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>Any kind of dash: hyphens, en and em dashes, the minus sign, the katakana long-vowel mark
    /// that Japanese input methods type for a dash.</summary>
    public static bool IsDash(char c) =>
        char.GetUnicodeCategory(Fold(c)) == UnicodeCategory.DashPunctuation || c is '\u2212' or '\u30FC' or '\uFF70';

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';

    private static void TrimBlanks(StringBuilder view)
    {
        while (view.Length > 0 && view[^1] is ' ' or '\t')
        {
            view.Length--;
        }
    }
}

using System.Globalization;
using Dashboard.Core.Parsing.Labels;

namespace Dashboard.Core.Parsing.Decoding;

/// <summary>How much a decoded text reads like real licensing output rather than mojibake.</summary>
internal static class TextPlausibility
{
    private const double KnownPhraseWeight = 25;

    private enum Script
    {
        None,
        Latin,
        Greek,
        Cyrillic,
        Cjk,
        Hangul,
        Other,
    }

    /// <summary>
    /// Rewards known localised phrases and letters that sit among letters of their own script; punishes
    /// replacement characters, control characters, box drawing and lone symbols, which are what a wrong
    /// code page turns letters into.
    /// </summary>
    public static double Score(string text)
    {
        var score = LabelCatalog.CountLocalisedPhrases(text) * KnownPhraseWeight;
        for (var i = 0; i < text.Length; i++)
        {
            score += CharacterScore(text, i);
        }

        return score;
    }

    /// <summary>
    /// Double-byte pages decode almost any byte pair to some character, so their candidates are also
    /// judged by where the pairs fall: common Chinese sits in GB2312's rows, Japanese in Shift-JIS's kana.
    /// </summary>
    public static double ByteLayoutScore(ReadOnlySpan<byte> bytes, int codePage) => codePage switch
    {
        936 => GbkLayoutScore(bytes),
        932 => ShiftJisLayoutScore(bytes),
        _ => 0,
    };

    public static bool LooksWesternEuropean(string text) =>
        text.Any(c => c is >= '\u00C0' and <= '\u00FF' && char.IsLetter(c));

    private static double CharacterScore(string text, int index)
    {
        var c = text[index];
        if (c < 0x80)
        {
            return char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f') ? -4 : 0;
        }
        if (c == '\uFFFD' || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.PrivateUse)
        {
            return -5;
        }
        if (c is >= '\u2500' and <= '\u259F')
        {
            return -3;
        }
        if (c is >= '\uFF61' and <= '\uFF9F')
        {
            return -2;
        }

        var script = ScriptOf(c);
        if (script is Script.Other or Script.None)
        {
            return IsCommonPunctuation(c) ? 0 : -1;
        }

        var score = 1 + NeighbourScore(text, index - 1, c, script) + NeighbourScore(text, index + 1, c, script);

        // A capital after a small letter inside a word is how two-byte Chinese reads in a Cyrillic or
        // Latin page: the pairs fall on upper and lower case at random.
        return char.IsUpper(c) && index > 0 && char.IsLower(text[index - 1]) ? score - 3 : score;
    }

    private static double NeighbourScore(string text, int index, char self, Script script)
    {
        if (index < 0 || index >= text.Length || !char.IsLetter(text[index]))
        {
            return 0;
        }

        var neighbour = text[index];
        if (script == Script.Latin)
        {
            // Western text has an accented letter among plain ones; two accented letters in a row are
            // what Cyrillic or Greek bytes read as Latin-1 look like.
            return neighbour < 0x80 ? 0.5 : -1;
        }

        return ScriptOf(neighbour) == script && neighbour != self ? 0.5 : 0;
    }

    private static Script ScriptOf(char c) => c switch
    {
        < '\u0080' => char.IsLetter(c) ? Script.Latin : Script.None,
        >= '\u00C0' and <= '\u024F' when char.IsLetter(c) => Script.Latin,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u3040' and <= '\u30FF' => Script.Cjk,
        >= '\u3400' and <= '\u4DBF' => Script.Cjk,
        >= '\u4E00' and <= '\u9FFF' => Script.Cjk,
        >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
        _ => Script.Other,
    };

    private static bool IsCommonPunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F'
            or >= '\uFF01' and <= '\uFF0F'
            or >= '\uFF1A' and <= '\uFF20'
            or >= '\u2018' and <= '\u201D'
            or '\u2013' or '\u2014' or '\u2026' or '\u00AB' or '\u00BB' or '\u00A0';

    private static double GbkLayoutScore(ReadOnlySpan<byte> bytes)
    {
        var score = 0.0;
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            var lead = bytes[i];
            if (lead < 0x81 || lead == 0xFF)
            {
                continue;
            }

            var trail = bytes[++i];
            var inGb2312 = lead is >= 0xA1 and <= 0xF7 && trail is >= 0xA1 and <= 0xFE;
            score += inGb2312 ? 0 : -2;
        }

        return score;
    }

    private static double ShiftJisLayoutScore(ReadOnlySpan<byte> bytes)
    {
        var score = 0.0;
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            var lead = bytes[i];
            if (lead is >= 0xA1 and <= 0xDF)
            {
                continue;
            }
            if (lead is >= 0x81 and <= 0x9F or >= 0xE0 and <= 0xEF)
            {
                score += lead is 0x82 or 0x83 ? 1 : 0;
                i++;
            }
        }

        return score;
    }
}

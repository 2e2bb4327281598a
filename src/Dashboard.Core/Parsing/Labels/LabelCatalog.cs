using System.Globalization;
using System.Text;

namespace Dashboard.Core.Parsing.Labels;

/// <summary>Every language's table, with the look-ups the parser needs across all of them.</summary>
public static class LabelCatalog
{
    /// <summary>The tables the parser knows, English first.</summary>
    public static IReadOnlyList<LabelTable> Tables { get; } =
    [
        EnglishLabels.Table,
        ChineseSimplifiedLabels.Table,
        GermanLabels.Table,
        SpanishLabels.Table,
        RussianLabels.Table,
        JapaneseLabels.Table,
        ItalianLabels.Table,
    ];

    private static readonly Dictionary<string, LabelMatch> s_exact = BuildExactLabels();

    private static readonly string[] s_localisedPhrases = Tables
        .Where(table => table.Language != "en")
        .SelectMany(AllPhrases)
        .Where(phrase => phrase.Any(c => c >= 0x80))
        .Distinct()
        .ToArray();

    // Phrases a language shares with English ("Name" in German) say nothing about the language. Phrases
    // with letters beyond ASCII cannot occur in ASCII text and are matched as printed, which is faster.
    private static readonly (string Language, string[] Ascii, string[] Other)[] s_ownPhrases = Tables
        .Where(table => table.Language != "en")
        .Select(table =>
        {
            var own = AllPhrases(table)
                .Where(phrase => !AllPhrases(EnglishLabels.Table).Contains(phrase, StringComparer.OrdinalIgnoreCase))
                .Distinct()
                .ToArray();

            return (table.Language, own.Where(phrase => phrase.All(char.IsAscii)).ToArray(),
                own.Where(phrase => !phrase.All(char.IsAscii)).ToArray());
        })
        .ToArray();

    /// <summary>Finds the field a line label names, forgiving case, spacing and a typo or two.</summary>
    public static LabelMatch? FindLabel(string label)
    {
        var key = Key(label);
        if (key.Length == 0)
        {
            return null;
        }
        if (s_exact.TryGetValue(key, out var exact))
        {
            return exact;
        }

        return key.Length >= 6 ? FindClosest(key) : null;
    }

    /// <summary>True when the line begins with any language's label; used to keep wrapped lines apart.</summary>
    public static bool StartsWithLabel(string line)
    {
        var colon = line.IndexOf(':');

        return colon > 0 && FindLabel(line[..colon]) is not null;
    }

    /// <summary>How many phrases only a non-English table has occur in the text.</summary>
    public static int CountLocalisedPhrases(string text)
    {
        var count = 0;
        foreach (var phrase in s_localisedPhrases)
        {
            count += text.Contains(phrase, StringComparison.Ordinal) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Counts, per language other than English, how many of its own phrases the text holds.</summary>
    public static Dictionary<string, int> CountLocalisedPhrasesByLanguage(string text)
    {
        var asciiOnly = text.All(char.IsAscii);
        var counts = new Dictionary<string, int>(s_ownPhrases.Length);
        foreach (var (language, ascii, other) in s_ownPhrases)
        {
            var count = ascii.Count(phrase => text.Contains(phrase, StringComparison.OrdinalIgnoreCase));
            if (!asciiOnly)
            {
                count += other.Count(phrase => text.Contains(phrase, StringComparison.Ordinal));
            }

            counts[language] = count;
        }

        return counts;
    }

    /// <summary>Reduces a label to lower-case letters and digits, so spacing and punctuation do not matter.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<string> AllPhrases(LabelTable table) =>
        table.Labels.Select(entry => entry.Label)
            .Concat(table.Statuses.Select(entry => entry.Text))
            .Concat(table.ErrorPrefixes.Select(prefix => prefix + ":"))
            .Concat(table.Messages.Select(entry => entry.Text))
            .Concat(table.ExpiryMessages.Select(entry => entry.Text))
            .Concat(table.ActivatingPrefixes)
            .Concat(table.Indicators)
            .Where(phrase => phrase.Length >= 2);

    private static Dictionary<string, LabelMatch> BuildExactLabels()
    {
        var labels = new Dictionary<string, LabelMatch>();
        foreach (var table in Tables)
        {
            foreach (var (label, field) in table.Labels)
            {
                labels.TryAdd(Key(label), new LabelMatch(field, table.Language, Exact: true));
            }
        }

        return labels;
    }

    // Retyped and OCR'd captures garble labels ("SKIJ" for "SKU"); a label within a small edit
    // distance of exactly one known label is taken as that label.
    private static LabelMatch? FindClosest(string key)
    {
        var allowed = key.Length >= 12 ? 2 : 1;
        LabelMatch? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var (known, match) in s_exact)
        {
            if (known.Length < 6 || Math.Abs(known.Length - key.Length) > allowed)
            {
                continue;
            }

            var distance = EditDistance.Compute(key, known, allowed);
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (match, distance, false);
            }
            else if (distance == bestDistance && match.Field != best?.Field)
            {
                tie = true;
            }
        }

        return bestDistance <= allowed && !tie ? best! with { Exact = false } : null;
    }
}

/// <summary>The field a label names and the language it was found in.</summary>
public sealed record LabelMatch(LabelField Field, string Language, bool Exact);

using Dashboard.Core.Parsing.Labels;

namespace Dashboard.Core.Parsing;

/// <summary>Names the display language a capture was printed in.</summary>
internal static class LanguageDetector
{
    /// <summary>
    /// Localised words win over English ones: a localised machine still prints edition names, channels
    /// and untranslated messages in English, while an English machine prints no localised words at all.
    /// </summary>
    public static string Detect(IReadOnlyDictionary<string, int> lineEvidence, string text)
    {
        var phrases = LabelCatalog.CountLocalisedPhrasesByLanguage(CaptureLines.Normalise(text));
        var localised = LabelCatalog.Tables
            .Where(table => table.Language != "en")
            .Select(table =>
                (table.Language, Score: lineEvidence.GetValueOrDefault(table.Language) + phrases[table.Language]))
            .Where(entry => entry.Score > 0)
            .OrderByDescending(entry => entry.Score)
            .FirstOrDefault();
        if (localised.Language is not null)
        {
            return localised.Language;
        }

        return lineEvidence.GetValueOrDefault("en") > 0 ? "en" : "unknown";
    }
}

using System.Text;
using Dashboard.Core.Parsing.Labels;

namespace Dashboard.Core.Parsing;

/// <summary>Splits a capture into logical lines, undoing what consoles and copy-paste did to them.</summary>
internal static class CaptureLines
{
    // Consoles hard-wrap at their width, even inside a word; these are the widths seen in captures.
    private static readonly int[] s_consoleWidths = [80, 100, 120];

    private static readonly string[] s_wrappedEndings = ["channel", "edition"];

    public static List<CaptureLine> Split(string text)
    {
        var physical = text
            .Replace("\0", "", StringComparison.Ordinal)
            .Split(["\r\n", "\r", "\n"], StringSplitOptions.None);
        var lines = new List<CaptureLine>(physical.Length);
        var previousWidth = 0;
        var blankSincePrevious = false;

        for (var i = 0; i < physical.Length; i++)
        {
            var raw = physical[i];
            var normalised = Normalise(raw);
            if (normalised.Length == 0)
            {
                blankSincePrevious = true;
                continue;
            }

            if (lines.Count > 0 && IsContinuation(lines[^1].Text, normalised, previousWidth, blankSincePrevious))
            {
                lines[^1] = lines[^1] with { Text = lines[^1].Text + normalised.TrimStart() };
            }
            else
            {
                lines.Add(new CaptureLine(i + 1, normalised));
            }

            previousWidth = raw.TrimEnd('\r').Length;
            blankSincePrevious = false;
        }

        return lines;
    }

    /// <summary>Folds full-width and other compatibility forms, straightens quotes, trims the end.</summary>
    public static string Normalise(string line)
    {
        var valid = WithoutInvalidCodePoints(line);
        var folded = valid.IsNormalized(NormalizationForm.FormKC) ? valid : valid.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u2032' or '`' => '\'',
                '\u201C' or '\u201D' or '\u2033' => '"',
                '\u00A0' or '\t' => ' ',
                _ => c,
            });
        }

        return builder.ToString().TrimEnd();
    }

    // Normalisation refuses lone surrogates and noncharacters, which damaged or binary captures contain;
    // they become the replacement character, as an undecodable byte does.
    private static string WithoutInvalidCodePoints(string line)
    {
        char[]? copy = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]);
            if (pair)
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF'))
            {
                copy ??= line.ToCharArray();
                copy[i] = '\uFFFD';
            }
        }

        return copy is null ? line : new string(copy);
    }

    private static bool IsContinuation(string previous, string line, int previousWidth, bool blankBetween)
    {
        var trimmed = line.TrimStart();
        var wrappedAtWidth = Array.IndexOf(s_consoleWidths, previousWidth) >= 0
            && (!blankBetween || char.IsLower(trimmed[0]));
        var looksWrapped = wrappedAtWidth || CompletesWrappedWord(previous, trimmed);

        // The label look-up is the expensive test, so it runs only for lines that look wrapped.
        return looksWrapped && !LabelCatalog.StartsWithLabel(trimmed) && !LinePatterns.IsStructural(trimmed);
    }

    // A Name or Description cut before the end of its last word ("VOLUME_KMSCLIENT chan" / "nel") is
    // rejoined even when the capture lost the line's original width.
    private static bool CompletesWrappedWord(string previous, string line)
    {
        if (line.Length > 12 || line.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var lastSpace = previous.LastIndexOf(' ');
        var tail = previous[(lastSpace + 1)..] + line;

        return s_wrappedEndings.Any(ending =>
            tail.Equals(ending, StringComparison.OrdinalIgnoreCase)
            && !previous.EndsWith(ending, StringComparison.OrdinalIgnoreCase));
    }
}

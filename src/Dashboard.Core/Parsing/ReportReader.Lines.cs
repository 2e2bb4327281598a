using System.Text.RegularExpressions;
using Dashboard.Core.Parsing.Labels;

namespace Dashboard.Core.Parsing;

internal sealed partial class ReportReader
{
    private static readonly string[] s_popupButtons = ["确定", "OK", "ОК"];

    private static readonly (string Prefix, string Language)[] s_errorPrefixes = LabelCatalog.Tables
        .SelectMany(table => table.ErrorPrefixes.Select(prefix => (prefix, table.Language)))
        .ToArray();

    private static readonly Regex s_errorLine = new(
        @"(?<![\p{L}\p{N}#/=_.\-])(?<prefix>"
            + string.Join("|", s_errorPrefixes.Select(entry => Regex.Escape(entry.Prefix)))
            + @")\s*:?\s*0[xX](?<code>[0-9A-Fa-f]{8})(?![0-9A-Fa-f])\s*(?<message>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex s_leadingCode = new(
        @"^0[xX](?<code>[0-9A-Fa-f]{8})(?![0-9A-Fa-f])\s*(?<message>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private bool TryReadError(string text)
    {
        var match = s_errorLine.Match(text);
        if (match.Success)
        {
            var prefix = match.Groups["prefix"].Value;
            Evidence(s_errorPrefixes
                .First(entry => entry.Prefix.Equals(prefix, StringComparison.OrdinalIgnoreCase))
                .Language);
        }
        else
        {
            match = s_leadingCode.Match(text);
        }
        if (!match.Success)
        {
            return false;
        }

        var code = ValueReaders.FormatCode(match.Groups["code"].Value);
        _errors.Add(new ReportError(code, CleanMessage(match.Groups["message"].Value)));

        return true;
    }

    private static string CleanMessage(string message)
    {
        var trimmed = message.Trim();
        foreach (var button in s_popupButtons)
        {
            if (trimmed.EndsWith(" " + button, StringComparison.Ordinal))
            {
                return trimmed[..^(button.Length + 1)].TrimEnd();
            }
        }

        return trimmed;
    }

    // "Activating Windows(R), Professional edition (<Activation ID>) ..." precedes an /ato result.
    private bool TryReadActivatingLine(string text)
    {
        foreach (var table in LabelCatalog.Tables)
        {
            if (table.ActivatingPrefixes.Any(prefix => text.StartsWith(prefix + " ", StringComparison.Ordinal)))
            {
                Evidence(table.Language);

                return true;
            }
        }

        // A retyped pop-up may put the Activation ID of that line on a line of its own.
        return text.StartsWith('(') && text.EndsWith("...", StringComparison.Ordinal);
    }

    private bool TryReadMessage(string text)
    {
        foreach (var table in LabelCatalog.Tables)
        {
            foreach (var (message, reportEvent) in table.Messages)
            {
                if (ContainsInOrder(text, message))
                {
                    _events.Add(reportEvent);
                    Evidence(table.Language);

                    return true;
                }
            }
        }

        return false;
    }

    private static bool ContainsInOrder(string text, string pattern)
    {
        var position = 0;
        foreach (var part in pattern.Split('*'))
        {
            var found = text.IndexOf(part, position, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            position = found + part.Length;
        }

        return true;
    }

    private bool TryReadExpiry(string text)
    {
        foreach (var table in LabelCatalog.Tables)
        {
            foreach (var (message, status, grace) in table.ExpiryMessages)
            {
                if (text.Contains(message, StringComparison.OrdinalIgnoreCase))
                {
                    if (_current.HasSeen(LabelField.LicenseStatus))
                    {
                        FinishProduct();
                    }

                    _current.ApplyExpiry(status, grace);
                    Evidence(table.Language);

                    return true;
                }
            }
        }

        return false;
    }

    private bool TryReadNotInUse(string text)
    {
        if (!text.StartsWith("This license is not in use", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        _current.NotInUse = true;
        Evidence("en");

        return true;
    }

    // A code on a line nothing else claimed: a hand-copied error that lost its "Error:" or a squashed
    // line. Codes already seen, and the code repeated in a slui hint, are not new errors.
    private void TryReadStrayCode(string text)
    {
        var withoutHints = LinePatterns.SluiHint().Replace(text, "");
        foreach (Match match in LinePatterns.Code().Matches(withoutHints))
        {
            var code = ValueReaders.FormatCode(match.Groups[1].Value);
            if (_errors.All(error => error.Code != code) && _products.All(p => p.NotificationReason != code))
            {
                _errors.Add(new ReportError(code, text.Trim()));
            }
        }
    }
}

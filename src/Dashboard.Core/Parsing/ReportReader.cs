using Dashboard.Core.Parsing.Labels;

namespace Dashboard.Core.Parsing;

/// <summary>One pass over one capture's lines; holds what has been read so far.</summary>
internal sealed partial class ReportReader(string redactedText)
{
    private const int MaxUnreadLinesReported = 5;

    private readonly List<ProductBlock> _products = [];
    private readonly List<ReportError> _errors = [];
    private readonly List<ReportEvent> _events = [];
    private readonly List<string> _warnings = [];
    private readonly List<string> _unreadLines = [];
    private readonly Dictionary<string, int> _languageEvidence = [];
    private ProductBuilder _current = new();
    private int _shapeReadLines;

    public ParsedReport Read(string encoding, int redactions)
    {
        var lines = CaptureLines.Split(redactedText);
        foreach (var line in lines)
        {
            ReadLine(line);
        }
        FinishProduct();

        var language = LanguageDetector.Detect(_languageEvidence, redactedText);
        AddClosingWarnings(lines.Count, language);

        return new ParsedReport
        {
            Encoding = encoding,
            Language = language,
            Product = PrimaryProduct.Choose(_products),
            Products = _products,
            Errors = _errors,
            RedactedKeys = redactions,
            Warnings = _warnings,
            Events = _events,
            RedactedText = redactedText,
        };
    }

    private void ReadLine(CaptureLine line)
    {
        var text = LinePatterns.WithoutChatPrefix(line.Text.TrimStart());
        if (text.Length == 0 || LinePatterns.IsStructural(text))
        {
            return;
        }

        var handled = TryReadError(text)
            || TryReadActivatingLine(text)
            || TryReadMessage(text)
            || TryReadExpiry(text)
            || TryReadLabelledLine(line.Number, text)
            || TryReadNotInUse(text);
        if (!handled)
        {
            TryReadStrayCode(text);
        }
    }

    private void Evidence(string language) =>
        _languageEvidence[language] = _languageEvidence.GetValueOrDefault(language) + 1;

    private void FinishProduct()
    {
        if (!_current.IsEmpty)
        {
            _products.Add(_current.Build());
        }

        _current = new ProductBuilder();
    }

    private void AddClosingWarnings(int lineCount, string language)
    {
        if (_unreadLines.Count > 0)
        {
            var shown = string.Join("; ", _unreadLines.Take(MaxUnreadLinesReported));
            var more = _unreadLines.Count > MaxUnreadLinesReported
                ? $" and {_unreadLines.Count - MaxUnreadLinesReported} more"
                : "";
            _warnings.Add($"Lines with labels the parser does not know were skipped: {shown}{more}.");
        }
        if (_shapeReadLines > 0)
        {
            _warnings.Add(
                $"{_shapeReadLines} line(s) carry labels in a language the parser has no table for; "
                + "only values that are "
                + "never translated (edition, channel, codes, GUIDs, Installation ID) were read from them.");
        }
        if (language == "unknown" && lineCount > 0)
        {
            _warnings.Add("The output's language was not recognised.");
        }
        if (_products.Count == 0 && _errors.Count == 0 && _events.Count == 0)
        {
            _warnings.Add(lineCount == 0
                ? "The capture holds no text."
                : "No product status, error code or command outcome was found in the capture.");
        }
    }
}

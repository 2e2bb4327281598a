using System.Globalization;
using Dashboard.Core.Parsing;
using Microsoft.VisualBasic.FileIO;

namespace Dashboard.Web.Features.Allotments;

/// <summary>
/// Reads checkpoints from CSV: a header naming <c>asOf</c> and <c>remaining</c> (any order, any case),
/// optionally <c>enteredBy</c>, then one reading per line. Commas or semicolons separate fields.
/// </summary>
/// <remarks>
/// Fields are quoted as spreadsheets write them (RFC 4180): <c>"4,420"</c> and <c>"Doe, Jane"</c> are one
/// field each. A record is one line, as dates, counts and names need no line breaks. Every problem is
/// reported with its line, and a file with any problem is refused whole.
/// </remarks>
public static class CheckpointCsv
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 10_000;

    public static (List<(string Where, CheckpointInput Input)> Rows, List<string> Errors) Read(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var rows = new List<(string, CheckpointInput)>();
        var errors = new List<string>();
        var headerIndex = Array.FindIndex(lines, line => !string.IsNullOrWhiteSpace(line));
        if (headerIndex < 0)
        {
            return (rows, ["The file is empty."]);
        }

        var separator = lines[headerIndex].Contains(';') && !lines[headerIndex].Contains(',') ? ';' : ',';
        if (!TrySplit(lines[headerIndex], separator, out var header))
        {
            return (rows, [Unclosed(headerIndex + 1)]);
        }

        var asOf = Column(header, "asOf");
        var remaining = Column(header, "remaining");
        var enteredBy = Column(header, "enteredBy");
        if (asOf < 0 || remaining < 0)
        {
            return (rows, [$"Line {headerIndex + 1}: the header must name the columns asOf and remaining "
                + $"(found: {Echo(string.Join(", ", header))})."]);
        }

        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            if (rows.Count + errors.Count >= MaxRows)
            {
                errors.Add($"The file has more than {MaxRows:N0} rows.");
                break;
            }

            if (!TrySplit(lines[i], separator, out var fields))
            {
                errors.Add(Unclosed(i + 1));
                continue;
            }

            var row = ReadRow(i + 1, fields, asOf, remaining, enteredBy, errors);
            if (row is not null)
            {
                rows.Add(($"Line {i + 1}", row));
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add("The file has a header but no checkpoints.");
        }

        return (rows, errors);
    }

    private static CheckpointInput? ReadRow(
        int line, string[] fields, int asOfColumn, int remainingColumn, int enteredByColumn, List<string> errors)
    {
        var before = errors.Count;
        var asOfText = Field(fields, asOfColumn);
        var remainingText = Field(fields, remainingColumn);
        if (!CheckpointRules.TryParseAsOf(asOfText, out var asOf))
        {
            errors.Add($"Line {line}: asOf '{Echo(asOfText)}' is not a date or time "
                + "(use e.g. 2026-03-02 or 2026-03-02T14:00Z).");
        }

        var styles = NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite
            | NumberStyles.AllowTrailingWhite;
        if (!int.TryParse(remainingText, styles, CultureInfo.InvariantCulture, out var remaining))
        {
            errors.Add($"Line {line}: remaining '{Echo(remainingText)}' is not a whole number.");
        }

        var who = enteredByColumn >= 0 ? Field(fields, enteredByColumn) : null;

        return errors.Count == before
            ? new CheckpointInput(remaining, asOf, string.IsNullOrEmpty(who) ? null : who)
            : null;
    }

    // A full key typed in the wrong column must not come back on the screen.
    private static string Echo(string text) => ProductKeyRedactor.Redact(text).Text;

    private static bool TrySplit(string line, char separator, out string[] fields)
    {
        using var parser = new TextFieldParser(new StringReader(line))
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = true,
        };
        parser.SetDelimiters(separator.ToString());
        try
        {
            fields = parser.ReadFields() ?? [];

            return true;
        }
        catch (MalformedLineException)
        {
            fields = [];

            return false;
        }
    }

    private static string Unclosed(int line) =>
        $"Line {line}: a quoted field is not closed, or text follows its closing quote.";

    private static string Field(string[] fields, int index) => index < fields.Length ? fields[index] : "";

    private static int Column(string[] header, string name) =>
        Array.FindIndex(header, column => string.Equals(column, name, StringComparison.OrdinalIgnoreCase));
}

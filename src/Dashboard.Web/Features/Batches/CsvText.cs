using System.Text;

namespace Dashboard.Web.Features.Batches;

/// <summary>Writes CSV cells that spreadsheets open as text, never as formulas.</summary>
public static class CsvText
{
    private static readonly char[] s_formulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] s_needsQuotes = [',', '"', '\r', '\n'];

    /// <summary>
    /// One cell. A value a spreadsheet would run as a formula (a serial or station name sent by a
    /// station could be <c>=HYPERLINK(...)</c>) gets a leading apostrophe; then it is quoted if needed.
    /// </summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = Array.IndexOf(s_formulaStarts, value[0]) >= 0 ? "'" + value : value;
        var quote = text.IndexOfAny(s_needsQuotes) >= 0 || text[0] == ' ' || text[^1] == ' ';

        return quote ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>One line of cells, ended with CRLF as RFC 4180 asks.</summary>
    public static string Line(params string?[] values)
    {
        var line = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(Cell(values[i]));
        }

        return line.Append("\r\n").ToString();
    }
}

using System.Globalization;
using Dashboard.Core.Parsing;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// Writes an audit entry's details as <c>field: old -> new</c> pairs. Values are cut short (the entry
/// says what changed, the record itself keeps the text) and any full product key is masked, even one that
/// got past the input checks.
/// </summary>
public sealed class AuditDetails
{
    private const int MaxValueLength = 80;

    private readonly List<string> _parts = [];

    public bool IsEmpty => _parts.Count == 0;

    /// <summary>Adds <paramref name="field"/> when its value changed.</summary>
    public AuditDetails Change<T>(string field, T? before, T? after)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            _parts.Add($"{field}: {Show(before)} -> {Show(after)}");
        }

        return this;
    }

    /// <summary>Adds a fact that is not a change, e.g. <c>remaining: 1,200</c>.</summary>
    public AuditDetails Add<T>(string field, T? value)
    {
        _parts.Add($"{field}: {Show(value)}");

        return this;
    }

    public override string ToString() => ProductKeyRedactor.Redact(string.Join("; ", _parts)).Text;

    private static string Show<T>(T? value) => value switch
    {
        null => "(none)",
        string text => Quote(text),
        DateTime at => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? ""),
    };

    // Masked before its lines are joined: a key wrapped over two lines is still found, but joined with a
    // space where the break was, its groups could no longer read as a key.
    private static string Quote(string text)
    {
        var oneLine = ProductKeyRedactor.Redact(text).Text.ReplaceLineEndings(" ");

        return "\"" + (oneLine.Length <= MaxValueLength ? oneLine : oneLine[..MaxValueLength] + "…") + "\"";
    }
}

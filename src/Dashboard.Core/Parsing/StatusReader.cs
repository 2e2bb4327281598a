using Dashboard.Core.Parsing.Labels;

namespace Dashboard.Core.Parsing;

/// <summary>Reads a License Status value in any known language.</summary>
internal static class StatusReader
{
    private static readonly (string Key, LicenseStatus Status)[] s_statuses = LabelCatalog.Tables
        .SelectMany(table => table.Statuses)
        .Select(entry => (LabelCatalog.Key(entry.Text), entry.Status))
        .Where(entry => entry.Item1.Length > 0)
        .ToArray();

    public static LicenseStatus Read(string value)
    {
        var key = LabelCatalog.Key(value);
        foreach (var (known, status) in s_statuses)
        {
            if (key.StartsWith(known, StringComparison.Ordinal))
            {
                return status;
            }
        }

        return LicenseStatus.Unknown;
    }

    /// <summary>True when the value names a status the tables know (a literal "Unknown" included).</summary>
    public static bool IsKnown(string value)
    {
        var key = LabelCatalog.Key(value);

        return s_statuses.Any(entry => key.StartsWith(entry.Key, StringComparison.Ordinal));
    }
}

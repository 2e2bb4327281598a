namespace Dashboard.Core.Parsing;

/// <summary>Levenshtein distance with an early exit once it passes a bound.</summary>
internal static class EditDistance
{
    /// <summary>The edit distance of two strings, or <paramref name="bound"/> + 1 when it is larger.</summary>
    public static int Compute(string a, string b, int bound)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }
            if (rowMinimum > bound)
            {
                return bound + 1;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], bound + 1);
    }
}

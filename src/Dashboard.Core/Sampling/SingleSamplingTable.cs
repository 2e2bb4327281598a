using System.Globalization;

namespace Dashboard.Core.Sampling;

/// <summary>
/// ISO 2859-1 Table 2-A, single sampling plans for normal inspection (master table), for the AQLs below.
/// A cell is "Ac/Re", "v" (use the first plan below it) or "^" (use the first plan above it); following
/// an arrow also changes the sample size to that row's.
/// </summary>
public static class SingleSamplingTable
{
    /// <summary>The AQL columns (percent nonconforming), in table order.</summary>
    public static readonly IReadOnlyList<decimal> Aqls =
        [0.065m, 0.10m, 0.15m, 0.25m, 0.40m, 0.65m, 1.0m, 1.5m, 2.5m, 4.0m, 6.5m];

    private static readonly string[] s_rows =
    [
        "A |     v     v     v     v     v     v     v     v     v     v   0/1",
        "B |     v     v     v     v     v     v     v     v     v   0/1     ^",
        "C |     v     v     v     v     v     v     v     v   0/1     ^     v",
        "D |     v     v     v     v     v     v     v   0/1     ^     v   1/2",
        "E |     v     v     v     v     v     v   0/1     ^     v   1/2   2/3",
        "F |     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4",
        "G |     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6",
        "H |     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8",
        "J |     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11",
        "K |     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15",
        "L |   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22",
        "M |     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^",
        "N |     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^",
        "P |   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^",
        "Q |   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^",
        "R |   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^",
    ];

    private static readonly string[][] s_cells =
        [.. s_rows.Select(row => row[3..].Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    public static bool IsSupported(decimal aql) => Aqls.Contains(aql);

    /// <summary>The plan for a code letter and AQL after following the arrows: the letter used, Ac and Re.</summary>
    public static (char Letter, int Accept, int Reject) Lookup(char letter, decimal aql)
    {
        var column = IndexOfAql(aql);
        var row = SampleSizeCodeLetters.IndexOf(letter);
        while (s_cells[row][column] is "v" or "^")
        {
            row += s_cells[row][column] == "v" ? 1 : -1;
        }

        var numbers = s_cells[row][column].Split('/');

        return (SampleSizeCodeLetters.Letters[row].Letter,
            int.Parse(numbers[0], CultureInfo.InvariantCulture),
            int.Parse(numbers[1], CultureInfo.InvariantCulture));
    }

    private static int IndexOfAql(decimal aql)
    {
        for (var i = 0; i < Aqls.Count; i++)
        {
            if (Aqls[i] == aql)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(
            nameof(aql), aql, $"AQL must be one of {string.Join(", ", Aqls)}.");
    }
}

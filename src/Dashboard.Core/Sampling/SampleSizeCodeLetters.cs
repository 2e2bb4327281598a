namespace Dashboard.Core.Sampling;

/// <summary>ISO 2859-1 Table 1: lot size to sample size code letter, and each letter's sample size.</summary>
public static class SampleSizeCodeLetters
{
    /// <summary>Upper lot size of each row (inclusive) and the letters for levels I, II and III.</summary>
    private static readonly (int MaxLot, string Letters)[] s_lotRows =
    [
        (8, "AAB"),
        (15, "ABC"),
        (25, "BCD"),
        (50, "CDE"),
        (90, "CEF"),
        (150, "DFG"),
        (280, "EGH"),
        (500, "FHJ"),
        (1200, "GJK"),
        (3200, "HKL"),
        (10000, "JLM"),
        (35000, "KMN"),
        (150000, "LNP"),
        (500000, "MPQ"),
        (int.MaxValue, "NQR"),
    ];

    /// <summary>The code letters in table order with their sample sizes.</summary>
    public static readonly IReadOnlyList<(char Letter, int SampleSize)> Letters =
    [
        ('A', 2), ('B', 3), ('C', 5), ('D', 8), ('E', 13), ('F', 20), ('G', 32), ('H', 50),
        ('J', 80), ('K', 125), ('L', 200), ('M', 315), ('N', 500), ('P', 800), ('Q', 1250), ('R', 2000),
    ];

    /// <summary>The code letter for a lot of <paramref name="lotSize"/> units (at least 1) at a level.</summary>
    public static char For(int lotSize, InspectionLevel level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lotSize, 1);

        var row = s_lotRows.First(r => lotSize <= r.MaxLot);

        return row.Letters[(int)level];
    }

    public static int IndexOf(char letter)
    {
        for (var i = 0; i < Letters.Count; i++)
        {
            if (Letters[i].Letter == letter)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(letter), letter, "Not an ISO 2859-1 code letter.");
    }
}

namespace Dashboard.Core.Sampling;

/// <summary>A unit that can be drawn: its identifier and the stratum (station) it came from.</summary>
public sealed record SampleUnit(string Id, string? Stratum);

/// <summary>
/// Draws a reproducible random sample spread across strata: each stratum gets a share proportional to its
/// size (largest remainders), at least one when the sample is big enough to give every stratum one.
/// </summary>
public static class StratifiedSample
{
    public static IReadOnlyList<string> Draw(IEnumerable<SampleUnit> units, int size, int seed)
    {
        var strata = units.DistinctBy(u => u.Id)
            .GroupBy(u => u.Stratum ?? "", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Select(u => u.Id).Order(StringComparer.Ordinal).ToArray())
            .ToArray();
        var total = strata.Sum(s => s.Length);
        var shares = Allocate([.. strata.Select(s => s.Length)], Math.Clamp(size, 0, total));

        // One generator over a fixed order (strata and ids sorted) makes the same seed draw the same units.
        var random = new Random(seed);
        var drawn = new List<string>();
        for (var i = 0; i < strata.Length; i++)
        {
            random.Shuffle(strata[i]);
            drawn.AddRange(strata[i].Take(shares[i]));
        }

        return [.. drawn.Order(StringComparer.Ordinal)];
    }

    /// <summary>Shares of <paramref name="size"/> per stratum size, summing to it exactly.</summary>
    public static int[] Allocate(int[] sizes, int size)
    {
        var total = sizes.Sum();
        var shares = new int[sizes.Length];
        if (total == 0 || size == 0)
        {
            return shares;
        }

        var floor = size >= sizes.Count(s => s > 0) ? 1 : 0;
        var exact = sizes.Select(s => (double)s * size / total).ToArray();
        for (var i = 0; i < sizes.Length; i++)
        {
            shares[i] = Math.Min(sizes[i], Math.Max(floor, (int)Math.Floor(exact[i])));
        }

        AdjustToTotal(sizes, shares, exact, size);

        return shares;
    }

    private static void AdjustToTotal(int[] sizes, int[] shares, double[] exact, int size)
    {
        // Give what is left to the largest remainders; take any excess (from the floor of one) from the largest.
        while (shares.Sum() < size)
        {
            var i = Enumerable.Range(0, sizes.Length).Where(j => shares[j] < sizes[j])
                .MaxBy(j => exact[j] - shares[j]);
            shares[i]++;
        }

        while (shares.Sum() > size)
        {
            var i = Enumerable.Range(0, sizes.Length).Where(j => shares[j] > 1).MaxBy(j => shares[j] - exact[j]);
            shares[i]--;
        }
    }
}

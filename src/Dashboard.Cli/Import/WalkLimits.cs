namespace Dashboard.Cli.Import;

/// <summary>Bounds on what one import reads, so a hostile or mistaken zip cannot exhaust memory.</summary>
/// <param name="MaxFileBytes">Largest single capture; real ones are a few kilobytes.</param>
/// <param name="MaxTotalBytes">Most bytes read from one zip, summed over its entries.</param>
/// <param name="MaxEntries">Most entries a zip may list.</param>
public sealed record WalkLimits(long MaxFileBytes, long MaxTotalBytes, int MaxEntries)
{
    public static WalkLimits Default { get; } = new(256 * 1024, 256L * 1024 * 1024, 20_000);
}

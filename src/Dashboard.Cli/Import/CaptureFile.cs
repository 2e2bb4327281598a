namespace Dashboard.Cli.Import;

/// <summary>One capture found in a folder or zip, or the reason it cannot be sent.</summary>
/// <param name="Source">Where it was found, relative to the folder or zip, with <c>/</c> separators.</param>
/// <param name="Serial">The device serial: the file name without its extension.</param>
/// <param name="Batch">The batch it goes to; null when neither a folder nor <c>--batch</c> names one.</param>
/// <param name="CapturedAt">The file's last write time, in UTC.</param>
/// <param name="Content">The raw bytes; empty when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">Why the file is not sent; null when it can be.</param>
public sealed record CaptureFile(
    string Source,
    string Serial,
    string? Batch,
    DateTimeOffset? CapturedAt,
    byte[] Content,
    string? Problem = null)
{
    public static CaptureFile Refused(string source, string problem) =>
        new(source, Path.GetFileNameWithoutExtension(source), null, null, [], problem);
}

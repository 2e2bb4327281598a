namespace Dashboard.Cli.Import;

/// <summary>
/// Lists the captures in a folder or zip, by the upload page's rules. A file at the top level goes to
/// the default batch; a file in a folder goes to the batch that folder names, so <c>B-0042/SN123.txt</c>
/// is device <c>SN123</c> of batch <c>B-0042</c>. Deeper files are refused, hidden ones left out.
/// </summary>
public static class CaptureWalker
{
    /// <exception cref="ImportSourceException">The path is missing, not a zip, or lists too many entries.</exception>
    public static IEnumerable<CaptureFile> Walk(string path, string? defaultBatch, WalkLimits limits)
    {
        if (Directory.Exists(path))
        {
            return FolderWalker.Walk(path, defaultBatch, limits);
        }

        if (File.Exists(path))
        {
            return ZipWalker.Walk(path, defaultBatch, limits);
        }

        throw new ImportSourceException($"Nothing to import: '{path}' is neither a folder nor a file.");
    }

    /// <summary>Builds the capture for a file found at <paramref name="relativePath"/> (<c>/</c>-separated).</summary>
    internal static CaptureFile Describe(
        string relativePath,
        string? defaultBatch,
        DateTimeOffset capturedAt,
        byte[] content)
    {
        var segments = relativePath.Split('/');
        var batch = segments.Length > 1 ? segments[0].Trim() : defaultBatch;
        var problem = CaptureProblem(segments, content);
        if (problem is not null)
        {
            return CaptureFile.Refused(relativePath, problem);
        }

        if (string.IsNullOrWhiteSpace(batch))
        {
            return CaptureFile.Refused(
                relativePath,
                "no batch: pass --batch, or put the file in a folder named after its batch");
        }

        var serial = Path.GetFileNameWithoutExtension(segments[^1]).Trim();

        return new CaptureFile(relativePath, serial, batch, PlausibleTime(capturedAt), content);
    }

    // Station clocks reset and copies restamp files; a file time the dashboard would refuse (before 2000 or
    // in the future) is left out, and the dashboard takes the time the report arrives instead.
    private static DateTimeOffset? PlausibleTime(DateTimeOffset fileTime) =>
        fileTime.Year >= 2000 && fileTime <= DateTimeOffset.UtcNow.AddHours(1) ? fileTime.ToUniversalTime() : null;

    private static string? CaptureProblem(string[] segments, byte[] content)
    {
        if (segments.Length > 2)
        {
            return "only one folder level is read: a folder names a batch, a file names a device";
        }

        if (Path.GetFileNameWithoutExtension(segments[^1]).Trim().Length == 0)
        {
            return "the file name gives no device serial";
        }

        if (content is [(byte)'P', (byte)'K', 3 or 5 or 7, ..])
        {
            return "a zip inside a folder or zip is not unpacked; import it on its own";
        }

        return content.Length == 0 ? "the file is empty" : null;
    }

    internal static bool IsHidden(string relativePath) =>
        relativePath.Split('/').Any(segment => segment.StartsWith('.') || segment == "__MACOSX");

    internal static string TooLarge(WalkLimits limits) =>
        $"larger than the {limits.MaxFileBytes / 1024} KB a capture may be";
}

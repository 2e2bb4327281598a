namespace Dashboard.Cli.Import;

/// <summary>
/// Lists the captures in a folder or zip. A file at the top level goes to the default batch; a file
/// inside a folder goes to the batch that its top-level folder names, so <c>B-0042/SN123.txt</c> is
/// device <c>SN123</c> of batch <c>B-0042</c>. Hidden files and folders are left out.
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
        var serial = Path.GetFileNameWithoutExtension(segments[^1]).Trim();

        if (serial.Length == 0)
        {
            return CaptureFile.Refused(relativePath, "the file name gives no device serial");
        }

        if (string.IsNullOrWhiteSpace(batch))
        {
            return CaptureFile.Refused(
                relativePath,
                "no batch: pass --batch, or put the file in a folder named after its batch");
        }

        return new CaptureFile(relativePath, serial, batch, capturedAt.ToUniversalTime(), content);
    }

    internal static bool IsHidden(string relativePath) =>
        relativePath.Split('/').Any(segment => segment.StartsWith('.') || segment == "__MACOSX");

    internal static string TooLarge(WalkLimits limits) =>
        $"larger than the {limits.MaxFileBytes / 1024} KB a capture may be";
}

namespace Dashboard.Cli.Import;

/// <summary>Lists the captures under a folder, recursively, in a stable order.</summary>
internal static class FolderWalker
{
    // Symbolic links are skipped: following them could leave the folder or loop forever.
    private static readonly EnumerationOptions s_options = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
    };

    public static IEnumerable<CaptureFile> Walk(string folder, string? defaultBatch, WalkLimits limits)
    {
        var root = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(root, "*", s_options)
            .Select(file => (Full: file, Relative: Path.GetRelativePath(root, file).Replace('\\', '/')))
            .Where(file => !CaptureWalker.IsHidden(file.Relative))
            .OrderBy(file => file.Relative, StringComparer.Ordinal);

        foreach (var (full, relative) in files)
        {
            yield return Read(full, relative, defaultBatch, limits);
        }
    }

    private static CaptureFile Read(string fullPath, string relative, string? defaultBatch, WalkLimits limits)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > limits.MaxFileBytes)
            {
                return CaptureFile.Refused(relative, CaptureWalker.TooLarge(limits));
            }

            var content = File.ReadAllBytes(fullPath);

            return CaptureWalker.Describe(relative, defaultBatch, info.LastWriteTimeUtc, content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CaptureFile.Refused(relative, $"cannot be read: {ex.Message}");
        }
    }
}

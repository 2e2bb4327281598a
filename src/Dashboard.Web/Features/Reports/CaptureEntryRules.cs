using System.IO.Compression;

namespace Dashboard.Web.Features.Reports;

/// <summary>What an uploaded file or zip entry must look like to be read as a capture.</summary>
internal static class CaptureEntryRules
{
    public const string NestedZip = "A zip inside a zip is not unpacked; upload it on its own.";

    public static string? RefusePath(string path)
    {
        var parts = path.Split('/');
        if (path.StartsWith('/') || path.Contains(':', StringComparison.Ordinal) || parts.Any(p => p is ".." or "."))
        {
            return "The path leaves the zip's folders (absolute path or \"..\"); skipped.";
        }

        return parts.Length > 2
            ? "Only one folder level is read: a folder names a batch, a file names a device."
            : null;
    }

    public static string? RefuseCapture(string fileName, long length)
    {
        if (Path.GetExtension(fileName).Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return NestedZip;
        }

        if (string.IsNullOrWhiteSpace(Path.GetFileNameWithoutExtension(fileName)))
        {
            return "The file name gives no device serial.";
        }

        if (length == 0)
        {
            return "The file is empty.";
        }

        var limit = CaptureArchiveReader.MaxCaptureBytes;

        return length > limit ? $"Larger than {limit / 1024} KB; a capture is a few KB." : null;
    }

    public static string Serial(string fileName) => Path.GetFileNameWithoutExtension(fileName).Trim();

    public static string? Folder(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);

        return slash > 0 ? path[..slash].Trim() : null;
    }

    public static bool IsDirectory(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\');

    // Archivers and file managers add these next to real files (hidden files and folders start with a
    // dot); they are not captures and not worth a line in the result. The command-line import skips the same.
    public static bool IsSystemFile(string path) =>
        path.StartsWith("__MACOSX/", StringComparison.Ordinal)
        || path.Split('/', '\\').Any(segment => segment.StartsWith('.') && segment is not ("." or ".."))
        || Path.GetFileName(path) is "Thumbs.db" or "desktop.ini";
}

using System.IO.Compression;

namespace Dashboard.Web.Features.Reports;

/// <summary>One capture found in an upload: the device serial is the file name's stem.</summary>
/// <param name="Batch">The batch a zip folder names; null means the batch chosen on the page.</param>
public sealed record CaptureFile(string SourceName, string Serial, string? Batch, byte[] Content);

/// <summary>An uploaded file or zip entry that was not taken, and why.</summary>
public sealed record RefusedFile(string SourceName, string Reason);

public sealed record CaptureExpansion(IReadOnlyList<CaptureFile> Captures, IReadOnlyList<RefusedFile> Refused);

/// <summary>
/// Turns uploaded files and zips into captures. Zips come from anyone with the page open, so their
/// declared sizes are not trusted: entries are read through a hard byte limit, and entry count and
/// total size are capped, so a small zip cannot expand into gigabytes in memory.
/// </summary>
public static class CaptureArchiveReader
{
    public const int MaxCaptureBytes = 256 * 1024;
    public const int MaxEntries = 20_000;
    public const long MaxTotalBytes = 256L * 1024 * 1024;

    /// <summary>A single uploaded capture file.</summary>
    public static CaptureExpansion ReadFile(string fileName, byte[] content)
    {
        // Some browsers and tools send the client's full path; a Windows path has backslashes.
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var refusal = RefuseCapture(name, content.Length);

        return refusal is null
            ? new([new CaptureFile(name, Serial(name), null, content)], [])
            : new([], [new RefusedFile(name, refusal)]);
    }

    /// <summary>
    /// Every capture in a zip. A file in a folder goes to the batch that folder names
    /// (<c>B42/SERIAL.txt</c> to batch B42); files at the root go to the batch chosen on the page.
    /// </summary>
    public static CaptureExpansion ReadZip(string zipName, Stream zip)
    {
        var captures = new List<CaptureFile>();
        var refused = new List<RefusedFile>();
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            ReadEntries(archive, captures, refused);
        }
        catch (InvalidDataException exception)
        {
            refused.Add(new RefusedFile(zipName, $"Not a readable zip file: {exception.Message}"));
        }

        return new CaptureExpansion(captures, refused);
    }

    private static void ReadEntries(ZipArchive archive, List<CaptureFile> captures, List<RefusedFile> refused)
    {
        long total = 0;
        var seen = 0;
        foreach (var entry in archive.Entries)
        {
            if (IsDirectory(entry) || IsSystemFile(entry.FullName))
            {
                continue;
            }

            if (++seen > MaxEntries)
            {
                refused.Add(new(entry.FullName, $"The zip has more than {MaxEntries:N0} files; the rest were skipped."));
                return;
            }

            if (total + Math.Min(entry.Length, MaxCaptureBytes + 1) > MaxTotalBytes)
            {
                refused.Add(new(entry.FullName, $"The zip expands past {MaxTotalBytes / (1024 * 1024)} MB; the rest were skipped."));
                return;
            }

            var capture = ReadEntry(entry, out var reason);
            if (capture is null)
            {
                refused.Add(new(entry.FullName, reason!));
                continue;
            }

            total += capture.Content.Length;
            captures.Add(capture);
        }
    }

    private static CaptureFile? ReadEntry(ZipArchiveEntry entry, out string? reason)
    {
        var path = entry.FullName.Replace('\\', '/');
        reason = RefusePath(path) ?? RefuseCapture(entry.Name, entry.Length);
        if (reason is not null)
        {
            return null;
        }

        var content = ReadBounded(entry);
        if (content is null)
        {
            reason = $"Larger than {MaxCaptureBytes / 1024} KB once unpacked.";
            return null;
        }

        if (LooksLikeZip(content))
        {
            reason = "A zip inside a zip is not unpacked; upload it on its own.";
            return null;
        }

        return new CaptureFile(path, Serial(entry.Name), Folder(path), content);
    }

    // The declared size can lie; read at most one byte past the limit and judge by what arrived.
    private static byte[]? ReadBounded(ZipArchiveEntry entry)
    {
        using var source = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxCaptureBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static string? RefusePath(string path)
    {
        var parts = path.Split('/');
        if (path.StartsWith('/') || path.Contains(':', StringComparison.Ordinal) || parts.Any(p => p is ".." or "."))
        {
            return "The path leaves the zip's folders (absolute path or \"..\"); skipped.";
        }

        return parts.Length > 2 ? "Only one folder level is read: a folder names a batch, a file names a device." : null;
    }

    private static string? RefuseCapture(string fileName, long length)
    {
        if (Path.GetExtension(fileName).Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return "A zip inside a zip is not unpacked; upload it on its own.";
        }

        if (string.IsNullOrWhiteSpace(Path.GetFileNameWithoutExtension(fileName)))
        {
            return "The file name gives no device serial.";
        }

        if (length == 0)
        {
            return "The file is empty.";
        }

        return length > MaxCaptureBytes ? $"Larger than {MaxCaptureBytes / 1024} KB; a capture is a few KB." : null;
    }

    private static string Serial(string fileName) => Path.GetFileNameWithoutExtension(fileName).Trim();

    private static string? Folder(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);

        return slash > 0 ? path[..slash].Trim() : null;
    }

    private static bool IsDirectory(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\');

    // Archivers add these next to real files; they are not captures and not worth a line in the result.
    private static bool IsSystemFile(string path) =>
        path.StartsWith("__MACOSX/", StringComparison.Ordinal)
        || Path.GetFileName(path) is ".DS_Store" or "Thumbs.db" or "desktop.ini";

    public static bool LooksLikeZip(ReadOnlySpan<byte> content) =>
        content.Length >= 4 && content[0] == (byte)'P' && content[1] == (byte)'K' && content[2] is 3 or 5 or 7;
}

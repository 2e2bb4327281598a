using System.IO.Compression;
using Dashboard.Core.Archives;

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
    public const long MaxTotalBytes = 128L * 1024 * 1024;

    /// <summary>A single uploaded capture file.</summary>
    public static CaptureExpansion ReadFile(string fileName, byte[] content)
    {
        // Some browsers and tools send the client's full path; a Windows path has backslashes.
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var refusal = CaptureEntryRules.RefuseCapture(name, content.Length);

        return refusal is null
            ? new([new CaptureFile(name, CaptureEntryRules.Serial(name), null, content)], [])
            : new([], [new RefusedFile(name, refusal)]);
    }

    /// <summary>
    /// Every capture in a zip. A file in a folder goes to the batch that folder names
    /// (<c>B42/SERIAL.txt</c> to batch B42); files at the root go to the batch chosen on the page.
    /// </summary>
    public static CaptureExpansion ReadZip(string zipName, Stream zip)
    {
        var parts = ReadZipInParts(zipName, zip, int.MaxValue).ToList();

        return new CaptureExpansion(
            [.. parts.SelectMany(part => part.Captures)], [.. parts.SelectMany(part => part.Refused)]);
    }

    /// <summary>
    /// The zip's captures a few at a time, read as they are asked for: only one part is in memory at once,
    /// however many files the zip holds. <paramref name="zip"/> must be seekable.
    /// </summary>
    public static IEnumerable<CaptureExpansion> ReadZipInParts(string zipName, Stream zip, int partSize)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException exception)
        {
            var refused = new RefusedFile(zipName, $"Not a readable zip file: {exception.Message}");

            return [new CaptureExpansion([], [refused])];
        }

        return ReadEntries(archive, partSize);
    }

    private static IEnumerable<CaptureExpansion> ReadEntries(ZipArchive archive, int partSize)
    {
        using var owned = archive;
        var captures = new List<CaptureFile>();
        var refused = new List<RefusedFile>();
        long total = 0;
        var seen = 0;
        foreach (var entry in archive.Entries)
        {
            if (CaptureEntryRules.IsDirectory(entry) || CaptureEntryRules.IsSystemFile(entry.FullName))
            {
                continue;
            }

            if (LimitReached(++seen, total, entry) is { } limit)
            {
                refused.Add(new(entry.FullName, limit));
                break;
            }

            if (ReadEntry(entry, out var reason) is { } capture)
            {
                total += capture.Content.Length;
                captures.Add(capture);
            }
            else
            {
                refused.Add(new(entry.FullName, reason!));
            }

            if (captures.Count >= partSize)
            {
                yield return new CaptureExpansion(captures, refused);
                (captures, refused) = ([], []);
            }
        }

        yield return new CaptureExpansion(captures, refused);
    }

    private static string? LimitReached(int seen, long total, ZipArchiveEntry entry)
    {
        if (seen > MaxEntries)
        {
            return $"The zip has more than {MaxEntries:N0} files; the rest were skipped.";
        }

        // A lying declared size is caught while reading; here it only stops a zip that admits to being huge.
        return total + Math.Min(entry.Length, MaxCaptureBytes + 1) > MaxTotalBytes
            ? $"The zip expands past {MaxTotalBytes / (1024 * 1024)} MB; the rest were skipped."
            : null;
    }

    private static CaptureFile? ReadEntry(ZipArchiveEntry entry, out string? reason)
    {
        var path = entry.FullName.Replace('\\', '/');
        reason = CaptureEntryRules.RefusePath(path) ?? CaptureEntryRules.RefuseCapture(entry.Name, entry.Length);
        if (reason is not null)
        {
            return null;
        }

        var (content, problem, detail) = ZipEntryBytes.Read(entry, MaxCaptureBytes);
        reason = problem switch
        {
            ZipEntryProblem.TooLarge => $"Larger than {MaxCaptureBytes / 1024} KB once unpacked.",
            ZipEntryProblem.Corrupt => $"Could not be unpacked: {detail}",
            ZipEntryProblem.ChecksumMismatch =>
                "Corrupt: what it unpacks to does not match the size and checksum the zip gives for it.",
            _ => null,
        };
        if (content is null)
        {
            return null;
        }

        if (LooksLikeZip(content))
        {
            reason = CaptureEntryRules.NestedZip;
            return null;
        }

        return new CaptureFile(path, CaptureEntryRules.Serial(entry.Name), CaptureEntryRules.Folder(path), content);
    }

    /// <summary>True when the bytes start with a zip signature, whatever the file is called.</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> content) =>
        content.Length >= 4 && content[0] == (byte)'P' && content[1] == (byte)'K' && content[2] is 3 or 5 or 7;
}

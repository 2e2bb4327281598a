using System.IO.Compression;
using Dashboard.Core.Archives;

namespace Dashboard.Cli.Import;

/// <summary>
/// Lists the captures in a zip without extracting it to disk. Each entry is read through a bounded
/// buffer rather than trusting the sizes the zip declares, which a crafted zip can understate.
/// </summary>
internal static class ZipWalker
{
    public static IEnumerable<CaptureFile> Walk(string zipPath, string? defaultBatch, WalkLimits limits)
    {
        using var archive = Open(zipPath);
        if (archive.Entries.Count > limits.MaxEntries)
        {
            throw new ImportSourceException(
                $"'{zipPath}' lists {archive.Entries.Count} entries; at most {limits.MaxEntries} are accepted.");
        }

        var budget = limits.MaxTotalBytes;
        var entries = archive.Entries
            .Where(entry => !entry.FullName.EndsWith('/') && !entry.FullName.EndsWith('\\'))
            .OrderBy(entry => entry.FullName, StringComparer.Ordinal)
            .ToList();

        foreach (var entry in entries)
        {
            var name = entry.FullName.Replace('\\', '/');
            if (IsSafe(name) && CaptureWalker.IsHidden(name))
            {
                continue;
            }

            var capture = Read(entry, name, defaultBatch, limits, budget);
            budget -= capture.Content.Length;

            yield return capture;
        }
    }

    private static ZipArchive Open(string zipPath)
    {
        try
        {
            return ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException ex)
        {
            throw new ImportSourceException($"'{zipPath}' is neither a folder nor a readable zip file.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ImportSourceException($"'{zipPath}' cannot be read: {ex.Message}", ex);
        }
    }

    private static CaptureFile Read(
        ZipArchiveEntry entry,
        string name,
        string? defaultBatch,
        WalkLimits limits,
        long budget)
    {
        if (!IsSafe(name))
        {
            return CaptureFile.Refused(name, "the path inside the zip is absolute or has '.' or '..' in it");
        }

        if (entry.Length > limits.MaxFileBytes)
        {
            return CaptureFile.Refused(name, CaptureWalker.TooLarge(limits));
        }

        if (entry.Length > budget)
        {
            var totalMb = limits.MaxTotalBytes / (1024 * 1024);

            return CaptureFile.Refused(name, $"not read: the zip expands to more than {totalMb} MB in all");
        }

        var (content, problem, detail) = ZipEntryBytes.Read(entry, Math.Min(limits.MaxFileBytes, budget));
        if (content is null)
        {
            return CaptureFile.Refused(name, problem switch
            {
                ZipEntryProblem.TooLarge => "expands beyond the size the zip declares for it, or beyond the limits",
                ZipEntryProblem.ChecksumMismatch =>
                    "corrupt entry: what it unpacks to does not match the size and checksum the zip gives for it",
                _ => $"corrupt entry: {detail}",
            });
        }

        return CaptureWalker.Describe(name, defaultBatch, entry.LastWriteTime, content);
    }

    private static bool IsSafe(string name) =>
        !name.StartsWith('/')
        && !name.Contains(':')
        && !name.Split('/').Any(segment => segment is ".." or ".");
}

namespace Dashboard.Web.Features.Reports;

/// <summary>
/// Reads one uploaded file into captures, part by part. A zip is first copied to a temporary file (a zip is
/// read from its end, and the page's stream only reads forward), so its size costs disk, not memory.
/// </summary>
internal static class UploadExpander
{
    public static async IAsyncEnumerable<CaptureExpansion> ExpandAsync(
        UploadedFile file, int partSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var isZip = file.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        var (content, failure) = isZip ? await SpoolAsync(file, ct) : await ReadCaptureAsync(file, ct);
        if (failure is not null)
        {
            yield return Refused(file.Name, failure);
            yield break;
        }

        await using var stream = content!;
        if (!isZip && !LooksLikeZip(stream))
        {
            yield return CaptureArchiveReader.ReadFile(file.Name, ((MemoryStream)stream).ToArray());
            yield break;
        }

        foreach (var part in CaptureArchiveReader.ReadZipInParts(file.Name, stream, partSize))
        {
            yield return part;
        }
    }

    private static async Task<(Stream?, string?)> SpoolAsync(UploadedFile file, CancellationToken ct)
    {
        var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None,
            64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await using (var source = file.Open())
            {
                await source.CopyToAsync(spool, ct);
            }

            spool.Position = 0;

            return (spool, null);
        }
        catch (IOException exception)
        {
            await spool.DisposeAsync();

            return (null, $"Could not be read: {exception.Message}");
        }
    }

    // A capture is small: read it whole, but never past the limit, whatever the file claims to be.
    private static async Task<(Stream?, string?)> ReadCaptureAsync(UploadedFile file, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        try
        {
            await using var source = file.Open();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await source.ReadAsync(chunk, ct)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > CaptureArchiveReader.MaxCaptureBytes)
                {
                    return (null, $"Larger than {CaptureArchiveReader.MaxCaptureBytes / 1024} KB.");
                }
            }
        }
        catch (IOException exception)
        {
            return (null, $"Could not be read: {exception.Message}");
        }

        buffer.Position = 0;

        return (buffer, null);
    }

    private static bool LooksLikeZip(Stream stream) => stream is MemoryStream memory
        && CaptureArchiveReader.LooksLikeZip(memory.GetBuffer().AsSpan(0, (int)memory.Length));

    private static CaptureExpansion Refused(string name, string reason) => new([], [new RefusedFile(name, reason)]);
}

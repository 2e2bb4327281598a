using System.IO.Compression;
using System.IO.Hashing;

namespace Dashboard.Core.Archives;

/// <summary>Why a zip entry's bytes were not taken.</summary>
public enum ZipEntryProblem
{
    None,

    /// <summary>More bytes than the caller allows arrived, whatever size the zip declared.</summary>
    TooLarge,

    /// <summary>The compressed data could not be read.</summary>
    Corrupt,

    /// <summary>
    /// The bytes read do not match the checksum the zip declares: damaged data, or a declared size smaller
    /// than what the entry unpacks to, which would otherwise pass as a short capture.
    /// </summary>
    ChecksumMismatch,
}

/// <summary>The bytes of one zip entry, or why they were not taken.</summary>
public sealed record ZipEntryBytes(byte[]? Content, ZipEntryProblem Problem, string? Detail = null)
{
    private const int ChunkBytes = 16 * 1024;

    /// <summary>
    /// Reads the entry, counting what actually arrives rather than trusting the declared size, stopping
    /// as soon as it passes <paramref name="maxBytes"/>, and checking the result against the entry's CRC-32.
    /// </summary>
    public static ZipEntryBytes Read(ZipArchiveEntry entry, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            using var source = entry.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[ChunkBytes];
            int read;
            while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    return new(null, ZipEntryProblem.TooLarge);
                }
            }

            var content = buffer.ToArray();

            return Crc32.HashToUInt32(content) == entry.Crc32
                ? new(content, ZipEntryProblem.None)
                : new(null, ZipEntryProblem.ChecksumMismatch);
        }
        catch (InvalidDataException exception)
        {
            return new(null, ZipEntryProblem.Corrupt, exception.Message);
        }
    }
}

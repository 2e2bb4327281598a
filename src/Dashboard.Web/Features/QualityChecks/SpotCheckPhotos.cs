using Dashboard.Web.Data;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.QualityChecks;

/// <summary>Keeps QA's photos in the data folder's <c>spot-checks/</c>, under names the server chooses.</summary>
public sealed class SpotCheckPhotos(
    IConfiguration configuration, IHostEnvironment environment, IOptions<QualityChecksOptions> options)
{
    /// <summary>The image types a photo may be, by content type, with the extension it is stored under.</summary>
    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>
    {
        ["image/jpeg"] = ".jpg",
        ["image/png"] = ".png",
        ["image/webp"] = ".webp",
    };

    public int MaxBytes => options.Value.MaxPhotoBytes;

    public string Folder => Path.Combine(DataDirectory.Resolve(configuration, environment), "spot-checks");

    /// <summary>Saves a photo and answers its file name, or why it was refused.</summary>
    public async Task<(string? FileName, string? Error)> SaveAsync(
        long spotCheckId, string contentType, Stream content, CancellationToken ct)
    {
        // The browser's content type comes from the file name; the first bytes say what the file is.
        var header = new byte[12];
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        if (!Types.TryGetValue(contentType, out var extension) || Sniff(header.AsSpan(0, read)) != contentType)
        {
            return (null, "A photo must be a JPEG, PNG or WebP image.");
        }

        Directory.CreateDirectory(Folder);
        // Built from the spot check's id and a random part, so nothing a user or a station sent decides a path.
        var name = $"{spotCheckId}-{Guid.NewGuid():N}{extension}";
        var path = Path.Combine(Folder, name);
        await using (var file = File.Create(path))
        {
            await file.WriteAsync(header.AsMemory(0, read), ct);
            await content.CopyToAsync(file, ct);
        }

        return (name, null);
    }

    /// <summary>The image type the file's signature shows, or null for anything else.</summary>
    public static string? Sniff(ReadOnlySpan<byte> header) => header switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] =>
            "image/webp",
        _ => null,
    };
}

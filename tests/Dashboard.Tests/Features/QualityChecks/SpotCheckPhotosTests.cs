using System.Text;
using Dashboard.Web.Features.QualityChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Features.QualityChecks;

public sealed class SpotCheckPhotosTests : IDisposable
{
    private static readonly byte[] s_png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("dashboard-photos-");
    private readonly SpotCheckPhotos _photos;

    public SpotCheckPhotosTests()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Storage:DataDirectory", _folder.FullName)])
            .Build();
        _photos = new SpotCheckPhotos(
            configuration, new HostingEnvironment { ContentRootPath = _folder.FullName },
            Options.Create(new QualityChecksOptions()));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task SaveAsync_RealPng_StoredWholeUnderAServerName()
    {
        var (name, error) = await _photos.SaveAsync(7, "image/png", new MemoryStream(s_png), CancellationToken.None);

        Assert.Null(error);
        Assert.StartsWith("7-", name, StringComparison.Ordinal);
        Assert.Equal(s_png, await File.ReadAllBytesAsync(Path.Combine(_photos.Folder, name!)));
    }

    [Theory]
    [InlineData("image/jpeg", "<html><script>alert(1)</script></html>")]
    [InlineData("image/png", "GIF89a not a png")]
    [InlineData("image/webp", "RIFF")]
    public async Task SaveAsync_ContentNotTheImageItClaims_RefusedAndNothingWritten(string type, string body)
    {
        var content = new MemoryStream(Encoding.ASCII.GetBytes(body));

        var (name, error) = await _photos.SaveAsync(7, type, content, CancellationToken.None);

        Assert.Null(name);
        Assert.Equal("A photo must be a JPEG, PNG or WebP image.", error);
        Assert.False(Directory.Exists(_photos.Folder) && Directory.EnumerateFiles(_photos.Folder).Any());
    }
}

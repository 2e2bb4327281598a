namespace Dashboard.IntegrationTests.Api;

/// <summary>The real captures shipped in <c>data/samples</c>.</summary>
internal static class Samples
{
    private static readonly Lazy<string> s_folder = new(FindFolder);

    /// <summary>The bytes of the one sample whose file name starts with the prefix, e.g. <c>001</c>.</summary>
    public static byte[] Read(string prefix)
    {
        var file = Directory.GetFiles(s_folder.Value, $"{prefix}*").Single();

        return File.ReadAllBytes(file);
    }

    /// <summary>Every sample's bytes, in file name order.</summary>
    public static IReadOnlyList<byte[]> ReadAll() =>
        Directory.GetFiles(s_folder.Value).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null;
             directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dashboard.sln")))
            {
                return Path.Combine(directory.FullName, "data", "samples");
            }
        }

        throw new InvalidOperationException("No Dashboard.sln above the test binaries; cannot find data/samples.");
    }
}

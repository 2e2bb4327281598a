namespace Dashboard.Benchmarks;

/// <summary>The real captures shipped in <c>data/samples</c>, read once.</summary>
public static class SampleCorpus
{
    private static readonly Lazy<IReadOnlyList<byte[]>> s_files = new(Load);

    public static IReadOnlyList<byte[]> Files => s_files.Value;

    public static long TotalBytes => Files.Sum(file => (long)file.Length);

    private static IReadOnlyList<byte[]> Load()
    {
        var folder = Path.Combine(FindCheckoutRoot(), "data", "samples");
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

        return files.Count > 0 ? files : throw new InvalidOperationException($"No samples in {folder}.");
    }

    // Benchmarks run from a generated project deep under bin/, so search upwards for the solution.
    private static string FindCheckoutRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Dashboard.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the source checkout (Dashboard.sln).");
    }
}

using Dashboard.Core.Parsing;

namespace Dashboard.Tests;

/// <summary>The field captures shipped in <c>data/samples</c>, found from the test's working folder.</summary>
public static class Corpus
{
    public static string Directory { get; } = FindSamples();

    public static string PathOf(string number) =>
        System.IO.Directory.GetFiles(Directory, number + "-*").Single();

    public static byte[] Bytes(string number) => File.ReadAllBytes(PathOf(number));

    public static string Text(string number) => File.ReadAllText(PathOf(number));

    public static ParsedReport Parse(string number) => ReportParser.Parse(Bytes(number));

    public static IEnumerable<string> AllFiles() =>
        System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal);

    private static string FindSamples()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Dashboard.sln")))
            {
                return System.IO.Path.Combine(directory.FullName, "data", "samples");
            }
        }

        throw new InvalidOperationException("No Dashboard.sln above the test's folder; cannot find data/samples.");
    }
}

using System.Text;

namespace Dashboard.IntegrationTests.Api;

/// <summary>Looks into the raw database files, write-ahead log included, for text that must not be there.</summary>
internal static class DatabaseFiles
{
    public static bool Contain(string folder, string text)
    {
        var needles = new[] { Encoding.UTF8.GetBytes(text), Encoding.Unicode.GetBytes(text) };

        return Directory.GetFiles(folder, "dashboard.db*")
            .Select(ReadShared)
            .Any(bytes => needles.Any(needle => bytes.AsSpan().IndexOf(needle) >= 0));
    }

    // The app still has the database open; read alongside it.
    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        return copy.ToArray();
    }
}

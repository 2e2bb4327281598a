using System.IO.Compression;
using System.Text;

namespace Dashboard.Tests.Cli;

/// <summary>A scratch folder that is deleted with everything in it when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("dashboard-cli-").FullName;

    public string Write(string relativePath, string content) => Write(relativePath, Encoding.UTF8.GetBytes(content));

    public string Write(string relativePath, byte[] content)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);

        return full;
    }

    /// <summary>Writes a zip whose entries have exactly the given names, unchecked, as a hostile zip might.</summary>
    public string WriteZip(string name, params (string Entry, string Content)[] entries)
    {
        var full = Path.Combine(Root, name);
        using var archive = ZipFile.Open(full, ZipArchiveMode.Create);
        foreach (var (entry, content) in entries)
        {
            using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
            writer.Write(content);
        }

        return full;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

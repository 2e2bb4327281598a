using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Core.Parsing;

namespace Dashboard.Cli;

/// <summary><c>parse FILE...</c>: prints what the parser reads from each file, as one JSON array.</summary>
public static class ParseCommand
{
    // Indented for people reading a terminal; non-ASCII left as is so localised messages stay legible.
    private static readonly JsonSerializerOptions s_printOptions = new(ReportJson.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Captured slmgr output files, in any encoding.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("parse", "Print the parsed content of report files as a JSON array.") { files };

        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var (json, failures) = await ParseAllAsync(result.GetValue(files) ?? [], ct);
            await output.WriteLineAsync(json.ToJsonString(s_printOptions));

            return failures == 0 ? 0 : 1;
        });

        return command;
    }

    private static async Task<(JsonArray Json, int Failures)> ParseAllAsync(
        IReadOnlyList<string> paths,
        CancellationToken ct)
    {
        var array = new JsonArray();
        var failures = 0;
        foreach (var path in paths)
        {
            var entry = await ParseOneAsync(path, ct);
            failures += entry.ContainsKey("error") ? 1 : 0;
            array.Add(entry);
        }

        return (array, failures);
    }

    private static async Task<JsonObject> ParseOneAsync(string path, CancellationToken ct)
    {
        if (Directory.Exists(path))
        {
            return new JsonObject
            {
                ["file"] = ProductKeyRedactor.Mask(path),
                ["error"] = "This is a folder, not a file.",
            };
        }

        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new JsonObject { ["file"] = ProductKeyRedactor.Mask(path), ["error"] = DescribeReadFailure(ex) };
        }

        var report = ReportParser.Parse(content);
        var entry = new JsonObject { ["file"] = ProductKeyRedactor.Mask(path) };
        var parsed = JsonSerializer.SerializeToNode(report, ReportJson.Options)!.AsObject();
        foreach (var (name, value) in parsed.ToList())
        {
            parsed.Remove(name);
            entry[name] = value;
        }

        return entry;
    }

    private static string DescribeReadFailure(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "File not found.",
        UnauthorizedAccessException => "Permission denied: the file cannot be read.",
        _ => $"The file cannot be read: {ex.Message}",
    };
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Core.Parsing;

/// <summary>The one JSON shape of a parsed report, shared by the API, the database and the command-line tool.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static string Serialize(ParsedReport report) => JsonSerializer.Serialize(report, Options);

    public static ParsedReport? Deserialize(string json) => JsonSerializer.Deserialize<ParsedReport>(json, Options);
}

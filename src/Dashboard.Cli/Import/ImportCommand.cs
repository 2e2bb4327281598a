using System.CommandLine;
using System.CommandLine.Parsing;

namespace Dashboard.Cli.Import;

/// <summary><c>import PATH</c>: sends every capture in a folder or zip to a running dashboard.</summary>
public static class ImportCommand
{
    /// <summary>The environment variable a station's API key may come from instead of <c>--api-key</c>.</summary>
    public const string ApiKeyVariable = "DASHBOARD_API_KEY";

    /// <param name="httpHandler">Sends the HTTP requests.</param>
    /// <param name="environment">Reads an environment variable (by default the process's own).</param>
    public static Command Create(HttpMessageHandler httpHandler, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var path = new Argument<string>("PATH") { Description = "A folder or a .zip of captures." };
        var url = new Option<string>("--url")
        {
            Description = "The dashboard's address.",
            DefaultValueFactory = _ => "http://localhost:5080",
        };
        url.Validators.Add(ValidateUrl);
        var batch = new Option<string?>("--batch") { Description = "Batch for files not inside a folder." };
        var station = new Option<string?>("--station") { Description = "Station that captured the files." };
        // A key on the command line shows in the process list and the shell's history; the variable does not.
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"The station's API key, sent as the X-Api-Key header (default: ${ApiKeyVariable}).",
            DefaultValueFactory = _ => environment(ApiKeyVariable),
        };

        var command = new Command("import", "Send captures to a running dashboard; folders name batches.")
        {
            path, url, batch, station, apiKey,
        };
        command.SetAction((result, ct) =>
        {
            var target = new ImportTarget(
                new Uri(result.GetRequiredValue(url)),
                result.GetValue(station),
                result.GetValue(apiKey));
            var run = new ImportRun(result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);

            return run.ExecuteAsync(result.GetRequiredValue(path), result.GetValue(batch), target, httpHandler, ct);
        });

        return command;
    }

    private static void ValidateUrl(OptionResult result)
    {
        var value = result.GetValueOrDefault<string>();
        var valid = Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        if (!valid)
        {
            result.AddError($"--url must be an http:// or https:// address, not '{value}'.");
        }
    }
}

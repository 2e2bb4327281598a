using System.CommandLine;
using System.CommandLine.Parsing;

namespace Dashboard.Cli.Import;

/// <summary><c>import PATH</c>: sends every capture in a folder or zip to a running dashboard.</summary>
public static class ImportCommand
{
    public static Command Create(HttpMessageHandler httpHandler)
    {
        var path = new Argument<string>("PATH") { Description = "A folder or a .zip of captures." };
        var url = new Option<string>("--url")
        {
            Description = "The dashboard's address.",
            DefaultValueFactory = _ => "http://localhost:5080",
        };
        url.Validators.Add(ValidateUrl);
        var batch = new Option<string?>("--batch") { Description = "Batch for files not inside a folder." };
        var station = new Option<string?>("--station") { Description = "Station that captured the files." };
        var apiKey = new Option<string?>("--api-key") { Description = "Sent as the X-Api-Key header." };

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

using System.CommandLine;
using Dashboard.Cli;

namespace Dashboard.Tests.Cli;

/// <summary>Runs the <c>dashboard</c> command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static Task<CliResult> RunAsync(HttpMessageHandler? handler, params string[] args) =>
        RunAsync(handler, new Dictionary<string, string>(), args);

    /// <param name="environment">The environment variables the command sees instead of the process's.</param>
    public static async Task<CliResult> RunAsync(
        HttpMessageHandler? handler, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };

        var exitCode = await DashboardCommands.Create(handler, environment.GetValueOrDefault).Parse(args).InvokeAsync(configuration);

        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error);

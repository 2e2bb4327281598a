using System.CommandLine;
using Dashboard.Cli;

namespace Dashboard.Tests.Cli;

/// <summary>Runs the <c>dashboard</c> command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(HttpMessageHandler? handler, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };

        var exitCode = await DashboardCommands.Create(handler).Parse(args).InvokeAsync(configuration);

        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error);

using System.CommandLine;
using Dashboard.Cli.Import;

namespace Dashboard.Cli;

/// <summary>The <c>dashboard</c> tool's command tree.</summary>
public static class DashboardCommands
{
    /// <param name="httpHandler">
    /// Sends the import's HTTP requests; null uses a plain <see cref="HttpClientHandler"/>.
    /// </param>
    /// <param name="environment">Reads an environment variable; null reads the process's own.</param>
    public static RootCommand Create(HttpMessageHandler? httpHandler = null, Func<string, string?>? environment = null)
    {
        var root = new RootCommand("Reads slmgr activation reports and feeds them to the activation dashboard.");
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(ImportCommand.Create(httpHandler ?? new HttpClientHandler(), environment));

        return root;
    }
}

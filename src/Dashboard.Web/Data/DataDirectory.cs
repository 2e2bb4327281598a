namespace Dashboard.Web.Data;

/// <summary>Finds the dashboard's <c>data/</c> folder: the database file and the shipped samples live there.</summary>
public static class DataDirectory
{
    /// <summary>Configuration key that names the folder explicitly.</summary>
    public const string ConfigurationKey = "Storage:DataDirectory";

    /// <summary>
    /// The configured folder; else the <c>data/</c> folder of the source checkout the app runs from
    /// (the one holding <c>Dashboard.sln</c>); else <c>data/</c> beside the published app.
    /// </summary>
    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }

        var checkout = FindCheckoutRoot(environment.ContentRootPath) ?? FindCheckoutRoot(AppContext.BaseDirectory);

        return Path.Combine(checkout ?? AppContext.BaseDirectory, "data");
    }

    private static string? FindCheckoutRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dashboard.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}

namespace Dashboard.Web.Data;

/// <summary>
/// Creates the SQLite database's folder and file so that only the app's own user may read them (0700 and 0600
/// on Unix): the database holds the keys that sign everyone's session cookies, and whoever reads those can
/// forge an admin's. SQLite gives the <c>-wal</c> and <c>-shm</c> files it creates the database file's mode.
/// </summary>
/// <remarks>Nothing that already exists is touched: permissions an operator chose stand as they are.</remarks>
internal static class OwnerOnlyFiles
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void CreateFolder(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, FolderMode);
    }

    /// <summary>Creates an empty file (SQLite makes a new database of it) unless it exists.</summary>
    public static void CreateFile(string path)
    {
        if (File.Exists(path) || OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            using var created = new FileStream(path, new FileStreamOptions
            {
                Mode = System.IO.FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = FileMode,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance on the same folder created it in the meantime; its mode is this one's too.
        }
    }
}

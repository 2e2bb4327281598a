namespace Dashboard.Cli.Import;

/// <summary>The folder or zip as a whole cannot be imported (missing, not a zip, too many entries).</summary>
public sealed class ImportSourceException(string message, Exception? inner = null) : Exception(message, inner);
